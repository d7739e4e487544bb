from kiosk.flow.engine import Answer


def test_touch_to_done_in_finnish(make_kiosk, qtbot):
    kiosk = make_kiosk(lang="fi")
    window = kiosk.window
    assert window.screen_name == "attract"
    qtbot.mouseClick(window.page, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert window.screen_name == "language"
    window.choose_language("fi")
    assert window.screen_name == "home"
    window.start_flow("library-hours")
    window.send(Answer("here"))
    assert window.screen_name == "step:library-hours:hours_here"
    assert any("Auki nyt" in t or "Open now" in t for t in kiosk.speaker.spoken())
