"""Stage 4: resolve mentions against the world: places (geo), times (time), actors."""
