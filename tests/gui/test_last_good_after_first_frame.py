"""The last valid configuration is kept after the first frame, not by build() before it (issue 17's review).

Keeping it reads the site file and the copy, and writes (fsync) when they
differ: disk work that must not delay the first frame a resident sees.
"""

from __future__ import annotations

import kiosk.app as app_module
from kiosk.demo import demo_config_path


def test_the_copy_is_kept_once_the_first_frame_was_drawn(make_kiosk, monkeypatch, data_dir):
    seen: list[bool] = []
    real = app_module.keep_last_good

    def recording(resolved, paths):
        seen.append(window[0].start_finished if window else False)
        real(resolved, paths)

    window: list = []
    real_build = app_module._build

    def build_and_note(*args, **kwargs):
        made = real_build(*args, **kwargs)
        window.append(made.window)
        return made

    monkeypatch.setattr(app_module, "keep_last_good", recording)
    monkeypatch.setattr(app_module, "_build", build_and_note)
    make_kiosk(demo_config_path())
    assert seen == [True]
    assert (data_dir / "last-good-config.toml").read_bytes() == demo_config_path().read_bytes()
