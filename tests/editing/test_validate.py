"""Field validators give a Swedish reason for wrong input and None for right input."""

import datetime as dt

from brå_tui import validate as v


def test_dates() -> None:
    assert v.date_error("2025-02-14") is None
    assert "ÅÅÅÅ-MM-DD" in v.date_error("14/2")
    for typed in ("2025-02-14", "20250214", "14/2 2025", "14/2-2025", "14.2.2025"):  # as Swedes write a day
        assert v.parse_date(typed) == dt.date(2025, 2, 14) and v.normal_date(typed) == "2025-02-14", typed
    assert "inget giltigt datum" in v.date_error("2025-02-30")
    assert v.date_error("") == "Datum krävs."
    assert v.date_error("", required=False) is None
    assert v.parse_date("2025-02-14") == dt.date(2025, 2, 14)


def test_times_and_ranges() -> None:
    assert v.time_error("09:00") is None
    assert v.time_error("9.30") is None
    assert v.parse_time("9.30") == dt.time(9, 30)
    assert v.time_error("") is None
    assert "TT:MM" in v.time_error("25:00")
    assert "TT:MM" in v.time_error("nio")
    for typed in ("10.00", "10:00", "1000", "10", "10:00:00"):  # as Swedes write a time
        assert v.parse_time(typed) == dt.time(10) and v.normal_time(typed) == "10:00", typed
    assert v.normal_time("9.5") == "9.5" and v.time_error("9.5"), "a half hour is 9.30, not 9.5"
    assert v.range_error("09:00", "11:30") is None
    assert v.range_error("11:00", "09:00") == "Sluttiden 09:00 är före starttiden 11:00."
    assert v.range_error("", "09:00") is None


def test_titles_levels_amounts() -> None:
    assert v.title_error("  ") == "Rubriken får inte vara tom."
    assert v.title_error("SSPF") is None
    assert v.level_error("röd") is None and v.level_value("Röd") == "red"
    assert v.level_error("") is None and v.level_value("") is None
    assert "Okänd risknivå 'lila'" in v.level_error("lila")
    assert v.parse_amount("10 000") == 10000
    assert v.parse_amount("10000 kr") == 10000
    assert v.amount_error("") is None
    assert "negativt" in v.amount_error("-5")
    assert "hela kronor" in v.amount_error("tio")


def test_ids_and_names() -> None:
    assert v.id_error("sspf") is None
    assert "mellanslag" in v.id_error("två ord")
    assert "används redan" in v.id_error("sspf", {"sspf"})
    assert v.split_names("Thomas N och Mikael J") == ["Thomas N", "Mikael J"]
    assert v.split_names("Thomas N, Mikael J, ") == ["Thomas N", "Mikael J"]
    assert v.format_time(dt.time(9, 0)) == "09:00"
