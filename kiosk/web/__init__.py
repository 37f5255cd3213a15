"""QtWebEngine: per-session profile, request interceptor, page policy, kiosk: scheme."""
