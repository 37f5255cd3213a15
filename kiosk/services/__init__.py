"""QObjects with signals and no widgets: idle watcher, session, help queue, usage log."""
