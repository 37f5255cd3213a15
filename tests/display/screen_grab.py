"""The pixels of an X screen, read from the X server (XGetImage on the root window).

The screen audit judges what a person sees, so it never asks the kiosk to
render itself: it reads the framebuffer of the Xvfb the kiosk draws on,
through libX11 (already on every machine that runs Qt's xcb platform),
as `xwd -root` would. Returns an RGB numpy array (rows, columns, 3).
"""

from __future__ import annotations

import ctypes
import ctypes.util

import numpy as np

_ZPIXMAP = 2
_ALL_PLANES = ctypes.c_ulong(~0 & 0xFFFFFFFFFFFFFFFF)


class _XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage (X11/Xlib.h); the rest is never read.
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_ubyte)),
                ("byte_order", ctypes.c_int), ("bitmap_unit", ctypes.c_int),
                ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int),
                ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int),
                ("red_mask", ctypes.c_ulong), ("green_mask", ctypes.c_ulong), ("blue_mask", ctypes.c_ulong)]


def _xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XGetImage.restype = ctypes.POINTER(_XImage)
    lib.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                              ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    lib.XDestroyImage.argtypes = [ctypes.POINTER(_XImage)]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XDisplayWidth.argtypes = lib.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
    return lib


class ScreenGrabber:
    """One connection to the X server; `grab()` returns the whole screen as RGB."""

    def __init__(self, display: str) -> None:
        self._x = _xlib()
        self._dpy = self._x.XOpenDisplay(display.encode())
        if not self._dpy:
            raise RuntimeError(f"cannot open X display {display}")
        self._root = self._x.XDefaultRootWindow(self._dpy)
        self.size = (self._x.XDisplayWidth(self._dpy, 0), self._x.XDisplayHeight(self._dpy, 0))

    def grab(self) -> np.ndarray:
        width, height = self.size
        image = self._x.XGetImage(self._dpy, self._root, 0, 0, width, height, _ALL_PLANES, _ZPIXMAP)
        if not image:
            raise RuntimeError("XGetImage failed")
        try:
            img = image.contents
            if img.bits_per_pixel != 32 or img.red_mask != 0xFF0000 or img.blue_mask != 0xFF:
                raise RuntimeError(f"unexpected X image format: {img.bits_per_pixel} bpp, "
                                   f"masks {img.red_mask:#x}/{img.green_mask:#x}/{img.blue_mask:#x}")
            raw = np.ctypeslib.as_array(img.data, shape=(img.height * img.bytes_per_line,))
            rows = raw.reshape(img.height, img.bytes_per_line)[:, :img.width * 4].reshape(img.height, img.width, 4)
            # Little-endian 0x00RRGGBB: bytes are B, G, R, pad.
            return rows[:, :, 2::-1].copy()
        finally:
            self._x.XDestroyImage(image)

    def close(self) -> None:
        if self._dpy:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None
