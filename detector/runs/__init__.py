"""The runs stage of the flow (see README, Layout)."""
