"""The pages stage of the flow (see README, Layout)."""
