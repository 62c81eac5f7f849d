"""A horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials, and the
bundle leaves it out): one bar a name, labelled by that name on the left; the series of a bar
stacked (done and overdue) or side by side (a month's counts); a scale from nought to a round
number just above the largest bar, so the spread between bars fills the width; each bar's
figures written beside it, so colour is never the only sign.

Keyboard: the chart takes focus; Up and Down (Home, End) move from bar to bar and show the
bar's figures in a tooltip, as the mouse does."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from inspector_app.gui.district.board_figures import Bar, ChartData
from inspector_app.gui.shell import style

TICKS = 5  # about this many steps on the scale
LABEL_SHARE = 0.4  # the names take at most this share of the width


def nice_step(largest: int) -> int:
    """A step of 1, 2 or 5 times a power of ten giving about TICKS steps up to `largest`."""
    if largest <= TICKS:
        return 1
    raw = largest / TICKS
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("districtChart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.data: ChartData | None = None
        self.current = 0

    # --- what is shown -----------------------------------------------------------------------
    def set_data(self, data: ChartData | None) -> None:
        self.data = data
        self.current = 0
        self.updateGeometry()
        self.update()
        self._describe()

    def bars(self) -> tuple[Bar, ...]:
        return self.data.bars if self.data is not None else ()

    def scale_end(self) -> int:
        """The right end of the scale: a whole number of steps at or above the largest bar."""
        largest = max((self._length(b) for b in self.bars()), default=0)
        step = nice_step(largest)
        return max(step * math.ceil(largest / step), step)

    def bar_text(self, bar: Bar) -> str:
        """A bar's figures in words: each series with its count, and the note."""
        assert self.data is not None
        locale = QLocale()
        parts = [
            f"{s.name}: {locale.toString(v)}"
            for s, v in zip(self.data.series, bar.values, strict=True)
        ]
        text = f"{bar.label} — " + "; ".join(parts)
        return f"{text} ({bar.note})" if bar.note else text

    def _length(self, bar: Bar) -> int:
        stacked = self.data is not None and self.data.stacked
        return sum(bar.values) if stacked else max(bar.values, default=0)

    # --- measures ----------------------------------------------------------------------------
    def _row_height(self) -> int:
        line = self.fontMetrics().height()
        if self.data is None or self.data.stacked:
            return line + 2 * style.GRID
        return len(self.data.series) * (line * 3 // 4 + 2) + 2 * style.GRID

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + 2 * style.GRID

    def _axis_height(self) -> int:
        return 2 * self.fontMetrics().height() + 2 * style.GRID

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = max(len(self.bars()), 1)
        height = self._legend_height() + rows * self._row_height() + self._axis_height()
        return QSize(480, height + 2 * style.GRID)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, self.sizeHint().height())

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars()), default=0)
        return min(widest + 2 * style.GRID, int(self.width() * LABEL_SHARE))

    def _plot(self) -> QRect:
        """The area the bars are drawn in (the names left of it, the figures' room right)."""
        left = self._label_width() + style.GRID
        room = self._figures_width() + 2 * style.GRID
        top = self._legend_height()
        width = max(self.width() - left - room, 40)
        return QRect(left, top, width, len(self.bars()) * self._row_height())

    def _figures_width(self) -> int:
        metrics = self.fontMetrics()
        if self.data is not None and not self.data.stacked:  # one figure a thin bar
            return metrics.horizontalAdvance(QLocale().toString(self.scale_end()))
        return max((metrics.horizontalAdvance(self._figures(b)) for b in self.bars()), default=0)

    def _figures(self, bar: Bar) -> str:
        locale = QLocale()
        if self.data is not None and self.data.stacked and len(bar.values) > 1:
            text = " + ".join(locale.toString(v) for v in bar.values)
        else:
            text = " / ".join(locale.toString(v) for v in bar.values)
        return f"{text}  {bar.note}" if bar.note else text

    def _row_rect(self, number: int) -> QRect:
        plot = self._plot()
        return QRect(0, plot.top() + number * self._row_height(), self.width(), self._row_height())

    # --- drawing -----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if self.data is None or not self.bars():
            painter.setPen(QColor(style.SECONDARY_COLOR))
            words = self.data.empty if self.data is not None else ""
            painter.drawText(self.rect(), Qt.TextFlag.TextWordWrap, words)
            return
        self._draw_legend(painter, text)
        plot = self._plot()
        end = self.scale_end()
        self._draw_scale(painter, plot, end, text)
        for number, bar in enumerate(self.bars()):
            self._draw_bar(painter, number, bar, plot, end, text)

    def _draw_legend(self, painter: QPainter, text: QColor) -> None:
        assert self.data is not None
        metrics = self.fontMetrics()
        x = self._plot().left()
        box = metrics.ascent() - 2
        for series in self.data.series:
            painter.fillRect(QRect(x, style.GRID + 2, box, box), QColor(series.color))
            x += box + style.GRID
            painter.setPen(text)
            painter.drawText(QPoint(x, style.GRID + metrics.ascent()), series.name)
            x += metrics.horizontalAdvance(series.name) + 3 * style.GRID

    def _draw_scale(self, painter: QPainter, plot: QRect, end: int, text: QColor) -> None:
        assert self.data is not None
        metrics = self.fontMetrics()
        step = nice_step(end)
        locale = QLocale()
        baseline = plot.bottom() + style.GRID
        for value in range(0, end + 1, step):
            x = plot.left() + round(plot.width() * value / end)
            painter.setPen(QPen(QColor(style.CHART_GRID_COLOR), 1))
            painter.drawLine(x, plot.top(), x, plot.bottom())
            label = locale.toString(value)
            painter.setPen(text)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPoint(x - width // 2, baseline + metrics.ascent()), label)
        painter.setPen(QColor(style.SECONDARY_COLOR))
        caption = QRect(plot.left(), baseline + metrics.height(), plot.width(), metrics.height())
        painter.drawText(caption, Qt.AlignmentFlag.AlignHCenter, self.data.axis)

    def _draw_bar(
        self, painter: QPainter, number: int, bar: Bar, plot: QRect, end: int, text: QColor
    ) -> None:
        assert self.data is not None
        row = self._row_rect(number)
        metrics = self.fontMetrics()
        if number == self.current and self.hasFocus():
            painter.fillRect(row, self.palette().color(QPalette.ColorRole.Highlight).lighter(180))
        painter.setPen(text)
        name = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, self._label_width())
        painter.drawText(
            QRect(0, row.top(), self._label_width(), row.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        inner = row.adjusted(0, style.GRID, 0, -style.GRID)
        if not self.data.stacked:
            self._draw_group(painter, bar, inner, plot, end, text)
            return
        x = plot.left()
        for series, value in zip(self.data.series, bar.values, strict=True):
            width = round(plot.width() * value / end)
            painter.fillRect(QRect(x, inner.top(), width, inner.height()), QColor(series.color))
            x += width
        painter.setPen(text)
        painter.drawText(
            QRect(x + style.GRID, row.top(), self.width() - x, row.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._figures(bar),
        )

    def _draw_group(
        self, painter: QPainter, bar: Bar, inner: QRect, plot: QRect, end: int, text: QColor
    ) -> None:
        """Side by side: one thin bar a series, each with its own figure at its end."""
        assert self.data is not None
        height = inner.height() // len(self.data.series)
        painter.setFont(style.scaled_font(self, 0.85))
        locale = QLocale()
        for index, (series, value) in enumerate(zip(self.data.series, bar.values, strict=True)):
            width = round(plot.width() * value / end)
            rect = QRect(plot.left(), inner.top() + index * height, width, height - 2)
            painter.fillRect(rect, QColor(series.color))
            painter.setPen(text)
            painter.drawText(
                QRect(rect.right() + style.GRID, rect.top() - 2, self.width(), height + 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                locale.toString(value),
            )
        painter.setFont(self.font())

    # --- the keyboard and tooltips -----------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        moves = {
            Qt.Key.Key_Up: self.current - 1,
            Qt.Key.Key_Down: self.current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self.bars()) - 1,
        }
        target = moves.get(Qt.Key(event.key()))
        if target is None or not self.bars():
            super().keyPressEvent(event)
            return
        self.current = min(max(target, 0), len(self.bars()) - 1)
        self.update()
        self._describe()
        row = self._row_rect(self.current)
        QToolTip.showText(
            self.mapToGlobal(row.center()), self.bar_text(self.bars()[self.current]), self, row
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for number, bar in enumerate(self.bars()):
                if self._row_rect(number).contains(event.pos()):
                    QToolTip.showText(event.globalPos(), self.bar_text(bar), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def focusInEvent(self, event: object) -> None:  # noqa: N802
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.update()

    def focusOutEvent(self, event: object) -> None:  # noqa: N802
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.update()

    def _describe(self) -> None:
        """What a screen reader says of the chart: the bar the keys are on."""
        bars = self.bars()
        self.setAccessibleDescription(self.bar_text(bars[self.current]) if bars else "")
