"""The learning stage of the flow (see README, Layout)."""
