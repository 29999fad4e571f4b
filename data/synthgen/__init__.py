"""Template families for the project's synthetic labelled pages (see ../README.md)."""
