"""Statistics 统计 for supervisors (#14): a statistic chosen on the left, the days and the building above,
its chart (QtCharts) and the table of its figures, printable with the chart (Ctrl+P)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidgetItem, QVBoxLayout, QWidget

from deskapp.config import StationConfig
from deskapp.domain.control import Cause
from deskapp.domain.errors import DeskError
from deskapp.domain.requests import ComplaintCause, Department, Satisfaction
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.visits import Purpose
from deskapp.printing.pages import PageSize
from deskapp.services.statistics import (
    METRIC_LABELS,
    STATISTIC_LABELS,
    Axis,
    ChartKind,
    Figures,
    Statistic,
    StatisticsService,
    figure_text,
    note_measure,
)
from deskapp.ui import fmt
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from deskapp.ui.forms import load_form, tr_error
from deskapp.ui.keys import shortcuts
from deskapp.ui.models.control import cause as cause_label
from deskapp.ui.models.statistics import FiguresModel
from deskapp.ui.pages import Page, kinds

MAX_ZONES = 20  # the chart of false alarms by zone shows this many zones (eighty bars read as none)
MARKED_POINTS = 36  # up to three years of months, each point is marked on the lines
MAX_CATEGORY_LABELS = 12  # past this many (a year of months, a site's zones) the axis' labels stand upright


class StatisticsPage(Page):
    """One statistic at a time; changing the statistic, a date or the building shows it again.

    Signals:
        shown(object): the figures now on screen (after the chart is drawn), for tests and benchmarks.
    """

    shown = Signal(object)
    start_field = "statisticsList"
    kinds = kinds("call", "visit", "request", "pass", "card", "control_event", "control_device", "settings", "unit")

    def __init__(self, *, statistics: StatisticsService, actor: Actor, config: StationConfig, config_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsPageHost")
        self._stats, self._actor = statistics, actor
        self._config, self._config_path = config, config_path
        self.figures: Figures | None = None
        self.ui = ui = load_form("statistics_page.ui", self)
        for statistic in Statistic:
            item = QListWidgetItem(QCoreApplication.translate("statistics", STATISTIC_LABELS[statistic]))
            item.setData(Qt.ItemDataRole.UserRole, statistic.value)
            ui.statisticsList.addItem(item)
        self.model = FiguresModel(self)
        # Not tables.setup_table: its widths are kept per column, and here the columns change with the statistic.
        view = ui.statisticsTable
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, ui.statisticsChartHost)
        self.chart_view.setObjectName("statisticsChartView")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = QVBoxLayout(ui.statisticsChartHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart_view)
        ui.statisticsSplitter.setStretchFactor(0, 3)
        ui.statisticsSplitter.setStretchFactor(1, 2)
        self._fill_buildings()
        self._set_days(*self._last_12_months())
        ui.statisticsList.currentRowChanged.connect(lambda *_: self.reload())
        ui.statisticsFromDate.dateChanged.connect(lambda *_: self.reload())
        ui.statisticsToDate.dateChanged.connect(lambda *_: self.reload())
        ui.statisticsBuildingCombo.currentIndexChanged.connect(lambda *_: self.reload())
        ui.thisMonthButton.clicked.connect(lambda: self.choose_days(*self._this_month()))
        ui.last12MonthsButton.clicked.connect(lambda: self.choose_days(*self._last_12_months()))
        ui.tenYearsButton.clicked.connect(lambda: self.choose_days(*self._ten_years()))
        ui.statisticsPrintButton.clicked.connect(self.print_statistic)
        ui.statisticsPrintButton.setVisible(actor.can(Permission.PRINT))
        if actor.can(Permission.PRINT):
            shortcuts(self, ["Ctrl+P"], self.print_statistic)
        ui.statisticsList.blockSignals(True)
        ui.statisticsList.setCurrentRow(0)
        ui.statisticsList.blockSignals(False)
        # Ten years of figures take up to a second to read: a busy desk's saves must not redraw the chart on each
        # one (the window would stall every few seconds). A change is picked up within CHANGE_DELAY_MS, once.
        self.later = QTimer(self)
        self.later.setObjectName("statisticsChangeTimer")
        self.later.setSingleShot(True)
        self.later.setInterval(self.CHANGE_DELAY_MS)
        self.later.timeout.connect(self._changed_a_while_ago)
        self._stale = True  # read when first shown

    CHANGE_DELAY_MS = 30_000

    def on_changes(self, kinds: frozenset[str]) -> None:
        """Records it counts changed: read again within half a minute if shown (once for any number of
        changes), else when next shown."""
        if not (kinds & self.kinds):
            return
        if self.isVisible():
            if not self.later.isActive():
                self.later.start()
        else:
            self._stale = True

    def _changed_a_while_ago(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # -- the filters ---------------------------------------------------------------------------------

    def _fill_buildings(self) -> None:
        combo = self.ui.statisticsBuildingCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All buildings"), None)
        try:
            for b in self._stats.buildings(self._actor):
                combo.addItem(b.name or b.code, b.id)
        except DeskError as exc:
            self.ui.statisticsSummaryLabel.setText(tr_error(exc))
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)

    def _today(self) -> date:
        return self._stats.today()

    def _this_month(self) -> tuple[date, date]:
        today = self._today()
        return today.replace(day=1), today

    def _last_12_months(self) -> tuple[date, date]:
        today = self._today()
        return _add_months(today.replace(day=1), -11), today

    def _ten_years(self) -> tuple[date, date]:
        today = self._today()
        return _add_months(today.replace(day=1), -119), today

    def _set_days(self, first: date, last: date) -> None:
        for edit, day in ((self.ui.statisticsFromDate, first), (self.ui.statisticsToDate, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)

    def choose_days(self, first: date, last: date) -> None:
        """Show the statistic over ``first``…``last`` (a quick range, or a test)."""
        self._set_days(first, last)
        self.reload()

    def days(self) -> tuple[date, date]:
        return self.ui.statisticsFromDate.date().toPython(), self.ui.statisticsToDate.date().toPython()

    def statistic(self) -> Statistic:
        item = self.ui.statisticsList.currentItem()
        return Statistic(item.data(Qt.ItemDataRole.UserRole)) if item is not None else Statistic.BY_HOUR

    def choose(self, statistic: Statistic) -> None:
        """Select ``statistic`` in the list (which shows it)."""
        for row in range(self.ui.statisticsList.count()):
            if self.ui.statisticsList.item(row).data(Qt.ItemDataRole.UserRole) == statistic.value:
                self.ui.statisticsList.setCurrentRow(row)
                return

    # -- the figures ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the chosen statistic again and draw it; a refused range is said above the chart."""
        self._fill_buildings()  # a building added since (a few rows)
        first, last = self.days()
        try:
            figures = self._stats.figures(self._actor, self.statistic(), first, last,
                                          self.ui.statisticsBuildingCombo.currentData())
        except DeskError as exc:
            self.figures = None
            self.ui.statisticsSummaryLabel.setText(tr_error(exc))
            self.chart.removeAllSeries()
            for axis in self.chart.axes():
                self.chart.removeAxis(axis)
            self.model.set_figures((), ())
            self.ui.statisticsPrintButton.setEnabled(False)
            return
        self.figures = figures
        self.ui.statisticsPrintButton.setEnabled(True)
        self._show(figures)
        self.shown.emit(figures)

    def label(self, axis: Axis, key: str) -> str:
        """A category or series key in the screen's words."""
        if axis is Axis.CATEGORY and key in set(Purpose):
            return fmt.purpose(Purpose(key))
        if axis is Axis.DEPARTMENT and key in set(Department):
            return fmt.department(Department(key))
        if axis is Axis.SATISFACTION and key in set(Satisfaction):
            return fmt.satisfaction(Satisfaction(key))
        if axis is Axis.CAUSE and key in set(Cause):
            return cause_label(Cause(key))
        if axis is Axis.METRIC and key in METRIC_LABELS:
            return QCoreApplication.translate("statistics", METRIC_LABELS[key])
        if axis is Axis.COMPLAINT_CLASS and not key:
            return self.tr("Not classified yet")
        if axis is Axis.COMPLAINT_CAUSE:
            return fmt.complaint_cause(ComplaintCause(key)) if key in set(ComplaintCause) else self.tr("Not closed yet")
        if axis is Axis.ZONE and not key:
            return self.tr("(no zone)")
        return key

    def _show(self, f: Figures) -> None:
        notes = " · ".join(f"{self.label(Axis.METRIC, k)}: {figure_text(v, note_measure(k))}" for k, v in f.notes)
        period = self.tr("{first} to {last}").format(first=f.first_day.isoformat(), last=f.last_day.isoformat())
        where = f.building.name or f.building.code if f.building else self.tr("all buildings")
        text = f"{period}, {where}: {notes}"
        if f.empty:
            text += " — " + self.tr("no records in these days.")
        self.ui.statisticsSummaryLabel.setText(text)
        categories = [self.label(f.axis, k) for k in f.categories]
        headings = (self._axis_title(f.axis), *(self.label(s.of, s.key) for s in f.series))
        self.model.set_figures(headings, [(c, *(figure_text(s.values[i], s.unit) for s in f.series))
                                          for i, c in enumerate(categories)])
        self._draw(f, categories)

    def _axis_title(self, axis: Axis) -> str:
        return {Axis.HOUR: self.tr("Hour"), Axis.MONTH: self.tr("Month"), Axis.CATEGORY: self.tr("Category"),
                Axis.DEPARTMENT: self.tr("Department"), Axis.ZONE: self.tr("Zone"),
                Axis.CAUSE: self.tr("Cause"), Axis.COMPLAINT_CAUSE: self.tr("Cause")}.get(axis, "")

    def _draw(self, f: Figures, categories: list[str]) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        title = QCoreApplication.translate("statistics", STATISTIC_LABELS[f.statistic])
        charted = f.charted
        if f.axis is Axis.ZONE and len(categories) > MAX_ZONES:  # a site's zones, most false alarms first
            categories = categories[:MAX_ZONES]
            charted = tuple(replace(s, values=s.values[:MAX_ZONES]) for s in charted)
            title += " " + self.tr("(the {count} zones with the most; every zone in the table)").format(
                count=MAX_ZONES)
        chart.setTitle(title)
        x = QBarCategoryAxis()
        x.append(categories)
        if len(categories) > MAX_CATEGORY_LABELS:
            x.setLabelsAngle(-90)
        y = QValueAxis()
        y.setLabelFormat("%.0f" if all(s.unit.value == "count" for s in charted) else "%.1f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        top = 0.0
        if f.chart is ChartKind.LINE:
            for s in charted:
                line = QLineSeries()
                line.setName(self.label(s.of, s.key))
                line.setPointsVisible(len(s.values) <= MARKED_POINTS)  # one month alone is a point, not a line
                for i, v in enumerate(s.values):
                    line.append(i, v or 0)
                    top = max(top, v or 0)
                chart.addSeries(line)
                line.attachAxis(x)
                line.attachAxis(y)
        else:
            bars = QStackedBarSeries() if f.chart is ChartKind.STACKED else QBarSeries()
            for s in charted:
                bar_set = QBarSet(self.label(s.of, s.key))
                bar_set.append([float(v or 0) for v in s.values])
                bars.append(bar_set)
            if f.chart is ChartKind.STACKED:
                top = max((sum(float(s.values[i] or 0) for s in charted) for i in range(len(categories))),
                          default=0.0)
            else:
                top = max((float(v or 0) for s in charted for v in s.values), default=0.0)
            chart.addSeries(bars)
            bars.attachAxis(x)
            bars.attachAxis(y)
        y.setRange(0, max(1.0, top * 1.1))
        y.applyNiceNumbers()

    def series_values(self) -> dict[str, list[float]]:
        """What the chart draws: each series' name and values (tests read the chart through this)."""
        out: dict[str, list[float]] = {}
        for series in self.chart.series():
            if isinstance(series, QLineSeries):
                out[series.name()] = [p.y() for p in series.points()]
            else:
                for bar_set in series.barSets():
                    out[bar_set.label()] = [bar_set.at(i) for i in range(bar_set.count())]
        return out

    # -- printing ------------------------------------------------------------------------------------

    def preview(self) -> PrintPreviewDialog | None:
        """The printout of the figures on screen (the same as shown: no second reading)."""
        figures = self.figures
        if figures is None:
            return None
        return PrintPreviewDialog.of(lambda _page: self._stats.printout(self._actor, figures), PageSize.A4,
                                     config=self._config, config_path=self._config_path, parent=self)

    def print_statistic(self) -> None:
        preview = self.preview()
        if preview is not None:
            preview.exec()


def _add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after (or before) ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
