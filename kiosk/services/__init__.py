"""QObjects with signals and no widgets: session, event hub, storage worker, refused-host counter,
idle watcher, printing (later: help queue, usage log, sync worker). Wired in kiosk.app only."""
