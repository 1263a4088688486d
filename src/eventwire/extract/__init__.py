"""Stage 3: event mentions and attributions from the parse (spaCy stays here and in nlp/)."""
