"""The modelling stage of the flow (see README, Layout)."""
