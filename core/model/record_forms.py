"""The code of a record's ``__init__`` for 0 to 16 fields, as a module, so that
Python keeps it compiled (see ``records._form``). Made by ``forms_module()`` in
``records``: do not edit; ``tests/model/test_records.py`` checks it."""
# ruff: noqa: E501, E702

from typing import Any


def form_0() -> Any:
    def __init__(self: Any) -> None:
        pass
    return __init__


def form_1(_record_set_0: Any) -> Any:
    def __init__(self: Any, a0: Any) -> None:
        _record_set_0(self, a0)
    return __init__


def form_2(_record_set_0: Any, _record_set_1: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1)
    return __init__


def form_3(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2)
    return __init__


def form_4(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any, _record_set_3: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any, a3: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2); _record_set_3(self, a3)
    return __init__


def form_5(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any, _record_set_3: Any, _record_set_4: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2); _record_set_3(self, a3); _record_set_4(self, a4)
    return __init__


def form_6(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any, _record_set_3: Any, _record_set_4: Any, _record_set_5: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2); _record_set_3(self, a3); _record_set_4(self, a4); _record_set_5(self, a5)
    return __init__


def form_7(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any, _record_set_3: Any, _record_set_4: Any, _record_set_5: Any, _record_set_6: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2); _record_set_3(self, a3); _record_set_4(self, a4); _record_set_5(self, a5); _record_set_6(self, a6)
    return __init__


def form_8(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any, _record_set_3: Any, _record_set_4: Any, _record_set_5: Any, _record_set_6: Any, _record_set_7: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2); _record_set_3(self, a3); _record_set_4(self, a4); _record_set_5(self, a5); _record_set_6(self, a6); _record_set_7(self, a7)
    return __init__


def form_9(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any, _record_set_3: Any, _record_set_4: Any, _record_set_5: Any, _record_set_6: Any, _record_set_7: Any, _record_set_8: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2); _record_set_3(self, a3); _record_set_4(self, a4); _record_set_5(self, a5); _record_set_6(self, a6); _record_set_7(self, a7); _record_set_8(self, a8)
    return __init__


def form_10(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any, _record_set_3: Any, _record_set_4: Any, _record_set_5: Any, _record_set_6: Any, _record_set_7: Any, _record_set_8: Any, _record_set_9: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2); _record_set_3(self, a3); _record_set_4(self, a4); _record_set_5(self, a5); _record_set_6(self, a6); _record_set_7(self, a7); _record_set_8(self, a8); _record_set_9(self, a9)
    return __init__


def form_11(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any, _record_set_3: Any, _record_set_4: Any, _record_set_5: Any, _record_set_6: Any, _record_set_7: Any, _record_set_8: Any, _record_set_9: Any, _record_set_10: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any, a10: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2); _record_set_3(self, a3); _record_set_4(self, a4); _record_set_5(self, a5); _record_set_6(self, a6); _record_set_7(self, a7); _record_set_8(self, a8); _record_set_9(self, a9); _record_set_10(self, a10)
    return __init__


def form_12(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any, _record_set_3: Any, _record_set_4: Any, _record_set_5: Any, _record_set_6: Any, _record_set_7: Any, _record_set_8: Any, _record_set_9: Any, _record_set_10: Any, _record_set_11: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any, a10: Any, a11: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2); _record_set_3(self, a3); _record_set_4(self, a4); _record_set_5(self, a5); _record_set_6(self, a6); _record_set_7(self, a7); _record_set_8(self, a8); _record_set_9(self, a9); _record_set_10(self, a10); _record_set_11(self, a11)
    return __init__


def form_13(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any, _record_set_3: Any, _record_set_4: Any, _record_set_5: Any, _record_set_6: Any, _record_set_7: Any, _record_set_8: Any, _record_set_9: Any, _record_set_10: Any, _record_set_11: Any, _record_set_12: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any, a10: Any, a11: Any, a12: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2); _record_set_3(self, a3); _record_set_4(self, a4); _record_set_5(self, a5); _record_set_6(self, a6); _record_set_7(self, a7); _record_set_8(self, a8); _record_set_9(self, a9); _record_set_10(self, a10); _record_set_11(self, a11); _record_set_12(self, a12)
    return __init__


def form_14(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any, _record_set_3: Any, _record_set_4: Any, _record_set_5: Any, _record_set_6: Any, _record_set_7: Any, _record_set_8: Any, _record_set_9: Any, _record_set_10: Any, _record_set_11: Any, _record_set_12: Any, _record_set_13: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any, a10: Any, a11: Any, a12: Any, a13: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2); _record_set_3(self, a3); _record_set_4(self, a4); _record_set_5(self, a5); _record_set_6(self, a6); _record_set_7(self, a7); _record_set_8(self, a8); _record_set_9(self, a9); _record_set_10(self, a10); _record_set_11(self, a11); _record_set_12(self, a12); _record_set_13(self, a13)
    return __init__


def form_15(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any, _record_set_3: Any, _record_set_4: Any, _record_set_5: Any, _record_set_6: Any, _record_set_7: Any, _record_set_8: Any, _record_set_9: Any, _record_set_10: Any, _record_set_11: Any, _record_set_12: Any, _record_set_13: Any, _record_set_14: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any, a10: Any, a11: Any, a12: Any, a13: Any, a14: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2); _record_set_3(self, a3); _record_set_4(self, a4); _record_set_5(self, a5); _record_set_6(self, a6); _record_set_7(self, a7); _record_set_8(self, a8); _record_set_9(self, a9); _record_set_10(self, a10); _record_set_11(self, a11); _record_set_12(self, a12); _record_set_13(self, a13); _record_set_14(self, a14)
    return __init__


def form_16(_record_set_0: Any, _record_set_1: Any, _record_set_2: Any, _record_set_3: Any, _record_set_4: Any, _record_set_5: Any, _record_set_6: Any, _record_set_7: Any, _record_set_8: Any, _record_set_9: Any, _record_set_10: Any, _record_set_11: Any, _record_set_12: Any, _record_set_13: Any, _record_set_14: Any, _record_set_15: Any) -> Any:
    def __init__(self: Any, a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any, a10: Any, a11: Any, a12: Any, a13: Any, a14: Any, a15: Any) -> None:
        _record_set_0(self, a0); _record_set_1(self, a1); _record_set_2(self, a2); _record_set_3(self, a3); _record_set_4(self, a4); _record_set_5(self, a5); _record_set_6(self, a6); _record_set_7(self, a7); _record_set_8(self, a8); _record_set_9(self, a9); _record_set_10(self, a10); _record_set_11(self, a11); _record_set_12(self, a12); _record_set_13(self, a13); _record_set_14(self, a14); _record_set_15(self, a15)
    return __init__
