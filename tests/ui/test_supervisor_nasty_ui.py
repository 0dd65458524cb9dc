"""The statistics tab with days at the calendar's ends (its date boxes reach 9999-12-31): the range is
refused above the chart, in words, for every statistic; nothing raises out of the tab."""

from __future__ import annotations

from datetime import date

import pytest

from deskapp.services.statistics import Statistic


@pytest.mark.parametrize("days", [(date(9999, 12, 31), date(9999, 12, 31)), (date(1800, 1, 1), date(1800, 1, 2))])
def test_the_statistics_tab_says_a_day_at_the_calendar_s_end_cannot_be_counted(qtbot, window, days):
    page = window.statistics_page
    assert page is not None
    window.tabs.setCurrentWidget(page)
    for statistic in Statistic:
        page.choose(statistic)
        page.choose_days(*days)
        assert page.figures is None
        assert "Choose days from 1900-01-01 to 9998-12-31" in page.ui.statisticsSummaryLabel.text(), statistic
        assert not page.ui.statisticsPrintButton.isEnabled()
    page.choose_days(date(2026, 3, 1), date(2026, 3, 2))  # a good range afterwards draws again
    assert page.figures is not None and page.ui.statisticsPrintButton.isEnabled()
