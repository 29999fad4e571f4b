"""The input stage of the flow (see README, Layout)."""
