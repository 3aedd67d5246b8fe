"""The guard: sanitise the rendered HTML and refuse hostile input from a contribution."""
