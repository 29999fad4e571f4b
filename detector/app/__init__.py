"""The app stage of the flow (see README, Layout)."""
