"""A pipeline component: a blank line always ends a sentence.

News text puts headlines, captions and datelines on lines of their own without final
punctuation; without this the parser glues a headline to the first paragraph. A single line
break does not count: hard-wrapped text breaks lines in mid-sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("eventwire_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            following = doc[token.i + 1]
            if not following.is_space:
                following.is_sent_start = True
    return doc
