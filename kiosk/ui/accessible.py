"""Roles that assistive technology needs and Qt does not give a widget by itself
(issue 14, point 5).

Qt exposes every QLabel as a plain label and a top-level QWidget as a "filler": a
screen reader could then neither jump from heading to heading nor tell the kiosk's
window from any other box. An accessibility factory gives:

- the labels the style sheet draws as headings (``QLabel#heading``, ``#subheading``,
  kiosk.ui.theme) the heading role, which AT-SPI passes on as ``heading``;
- the kiosk's window (``kioskRoot``) the window role (AT-SPI ``frame``).

Qt keeps every interface a factory makes and deletes it with its widget. PySide6
6.11 keeps the Python shell of each one after that (about 0.3 KB a heading shown,
measured). Interfaces are only made while assistive technology is listening (the
AT-SPI bus with a client): a kiosk without one makes none, as a walk of every screen
showed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QLabel, QWidget

#: Object names of the labels drawn as headings (kiosk.ui.theme's style sheet).
HEADING_NAMES = frozenset({"heading", "subheading"})
#: The object name of the kiosk's one window (kiosk.ui.window.KioskWindow).
WINDOW_NAME = "kioskRoot"
#: Marks an application whose factory is installed: Qt has no way to remove one, and
#: tests build many kiosks in one application.
_INSTALLED = "kioskAccessibleRoles"


class HeadingAccessible(QAccessibleWidget):
    """A heading label: the heading role, named by its text."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)

    def text(self, kind: QAccessible.Text) -> str:
        label = self.widget()
        if kind == QAccessible.Text.Name and isinstance(label, QLabel):
            # A heading made without an accessible name is named by what it shows.
            return label.accessibleName() or label.text()
        return super().text(kind)


def kiosk_roles(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    """The accessibility factory: an interface for the widgets above, else None (Qt's
    own)."""
    if isinstance(obj, QLabel) and obj.objectName() in HEADING_NAMES:
        return HeadingAccessible(obj)
    if isinstance(obj, QWidget) and obj.isWindow() and obj.objectName() == WINDOW_NAME:
        return QAccessibleWidget(obj, QAccessible.Role.Window)
    return None


def install_roles(app: QApplication) -> None:
    """Install the factory in ``app``, once."""
    if app.property(_INSTALLED):
        return
    QAccessible.installFactory(kiosk_roles)
    app.setProperty(_INSTALLED, True)
