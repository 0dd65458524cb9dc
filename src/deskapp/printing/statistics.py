"""A statistic on paper 统计报表 (A4 landscape): the title, the days and the building it covers, its
headline figures, the chart drawn with reportlab's own charts (the labels in the CJK font), and the
table of every figure below it, continued over the pages it needs.

Data in, PDF out: :class:`StatisticsSheet` holds the words and numbers already (services/statistics.py
``printed``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from deskapp.printing.common import (
    FONT,
    Letterhead,
    PageSize,
    Paragraph,
    build_pdf,
    esc,
    footer,
    header,
    styles,
    text_width,
)

# Told apart in grey print too: dark, light, middle, …
PALETTE = tuple(colors.HexColor(c) for c in (
    "#1f4e79", "#f4a261", "#2a9d8f", "#e76f51", "#8d99ae", "#e9c46a", "#6a4c93", "#90be6d", "#b00020", "#264653",
    "#adb5bd"))
CHART_HEIGHT = 62 * mm  # above a long table going down the page
WIDE_CHART_HEIGHT = 95 * mm  # above a table of a few rows across it
WIDE_MAX = 26  # categories that fit across a landscape sheet as the table's columns
MAX_LABELS = 24  # a label under every bar up to this many; past it every k-th (ten years of months)


@dataclass(frozen=True)
class StatisticsSheet:
    title: str  # 客户投诉分类月度统计
    period: str  # 2026-01-01 至 2026-12-31
    building: str  # 3栋, or 全部楼栋
    chart: str  # bar / stacked / line
    axis_title: str  # 月份
    categories: tuple[str, ...]  # along the axis, in words
    series: tuple[tuple[str, tuple[float | None, ...]], ...]  # (name, values) charted
    columns: tuple[str, ...]  # the table's heading
    rows: tuple[tuple[str, ...], ...]  # the table, written
    notes: tuple[str, ...] = ()  # headline figures, written: 投诉：12
    empty: bool = False


MARKED_POINTS = 36  # up to three years of months, each point is marked on the lines

def _thinned(labels: tuple[str, ...]) -> list[str]:
    every = max(1, math.ceil(len(labels) / MAX_LABELS))
    return [label if i % every == 0 else "" for i, label in enumerate(labels)]


def chart_drawing(sheet: StatisticsSheet, width: float, height: float = CHART_HEIGHT) -> Drawing:
    """The chart of ``sheet`` as a reportlab drawing ``width`` by ``height``, the legend on the right."""
    legend_width = 48 * mm
    d = Drawing(width, height)
    data = [[0 if v is None else v for v in values] for _, values in sheet.series] or [[0] * len(sheet.categories)]
    if not sheet.categories or sheet.empty:
        d.add(String(width / 2, height / 2, "（所选期间无记录）", fontName=FONT, fontSize=11, textAnchor="middle"))
        return d
    chart: VerticalBarChart | HorizontalLineChart
    chart = HorizontalLineChart() if sheet.chart == "line" else VerticalBarChart()
    chart.x, chart.y = 12 * mm, 14 * mm
    chart.width, chart.height = width - legend_width - 16 * mm, height - 20 * mm
    chart.data = data
    chart.categoryAxis.categoryNames = _thinned(sheet.categories)
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
    if len(sheet.categories) > 12:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    top = max((v for row in data for v in row), default=0)
    if sheet.chart == "stacked":
        top = max((sum(row[i] for row in data) for i in range(len(sheet.categories))), default=0)
    chart.valueAxis.valueMax = max(1, top * 1.1)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    if isinstance(chart, VerticalBarChart):
        if sheet.chart == "stacked":
            chart.categoryAxis.style = "stacked"
        chart.barSpacing = 0.5
        for i in range(len(data)):
            chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
            chart.bars[i].strokeColor = None
    else:
        for i in range(len(data)):
            chart.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
            chart.lines[i].strokeWidth = 1.5
            if len(data[i]) <= MARKED_POINTS:  # a month alone is a point, not a line: drawn as one
                marker = makeMarker("FilledCircle")
                marker.size, marker.fillColor = 4, PALETTE[i % len(PALETTE)]
                chart.lines[i].symbol = marker
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width - legend_width + 2 * mm, height - 6 * mm
    legend.fontName, legend.fontSize = FONT, 8
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = 12
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, (name, _) in enumerate(sheet.series)]
    d.add(legend)
    return d


def figures_table(sheet: StatisticsSheet, width: float, cell: ParagraphStyle) -> Table:
    """The figures: up to :data:`WIDE_MAX` categories across the page (the series one a row, so a day's 24
    hours sit under the chart on the same sheet), more of them down it (ten years of months) over pages."""
    wide = 0 < len(sheet.rows) <= WIDE_MAX
    if wide:
        data: list[list] = [[Paragraph(esc(c), cell) for c in (sheet.axis_title, *sheet.categories)]]
        data += [[Paragraph(esc(name), cell), *[row[j] for row in sheet.rows]]
                 for j, name in enumerate(sheet.columns[1:], 1)]
        columns = len(sheet.rows)
    else:
        data = [[Paragraph(esc(c), cell) for c in sheet.columns], *[list(r) for r in sheet.rows]]
        if not sheet.rows:
            data.append(["（无）", *[""] * (len(sheet.columns) - 1)])
        columns = len(sheet.columns) - 1
    first = min(36 * mm, width * 0.2)
    rest = (width - first) / max(1, columns)
    table = Table(data, colWidths=[first, *[rest] * columns], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        *([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))] if wide else []),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def render_statistics(sheet: StatisticsSheet, head: Letterhead) -> bytes:
    """``sheet`` as an A4 landscape PDF: heading, chart, table."""
    page = PageSize.A4
    st = styles(page)
    width = text_width(page, landscape=True)
    story: list[Flowable] = header(head, sheet.title, st)
    story.append(Paragraph(esc(f"统计期间：{sheet.period}　　楼栋：{sheet.building}"), st["body"]))
    if sheet.notes:
        story.append(Paragraph(esc("　　".join(sheet.notes)), st["body"]))
    story.append(Spacer(1, 2 * mm))
    story.append(chart_drawing(sheet, width, WIDE_CHART_HEIGHT if len(sheet.rows) <= WIDE_MAX else CHART_HEIGHT))
    story.append(Spacer(1, 3 * mm))
    story.append(figures_table(sheet, width, ParagraphStyle("cell", parent=st["body"], fontSize=7.5, leading=9,
                                                          alignment=1)))
    story += footer(head, st)
    title = f"{sheet.title} {sheet.period}"
    return build_pdf(story, page, title=title, author=head.printed_by, running_head=title, landscape=True)
