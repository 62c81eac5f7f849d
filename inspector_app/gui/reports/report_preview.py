"""The preview of a made report: the PDF bytes themselves shown with QtPdf (what is printed and
saved is exactly what is seen), pages one under the other, fitted to the width or zoomed, with
the page in view counted; before any report, a line saying how to make one."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui.shell import style

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


class ReportPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None  # QtPdf reads from it while the document is open

        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(3 * style.GRID)
        self.view.setFrameShape(QFrame.Shape.StyledPanel)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._show_page())

        self.empty_label = QLabel()
        self.empty_label.setObjectName("previewEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(style.GROUP_SPACING)
        style.mark_secondary(self.empty_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.view)

        self.zoom_out_button = QPushButton("−")
        self.zoom_in_button = QPushButton("+")
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(8 * style.GRID + button.fontMetrics().horizontalAdvance("+"))
        self.fit_width_button = QPushButton()
        self.whole_page_button = QPushButton()
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.fit_width_button.clicked.connect(self.fit_width)
        self.whole_page_button.clicked.connect(self.whole_page)
        # actions, so Help → Keyboard shortcuts lists them with the page's own
        self.zoom_in_action = self._action(QKeySequence.StandardKey.ZoomIn, ZOOM_STEP)
        self.zoom_out_action = self._action(QKeySequence.StandardKey.ZoomOut, 1 / ZOOM_STEP)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        style.mark_secondary(self.page_label)
        self.tools = QWidget()
        tools = QHBoxLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(style.GRID)
        tools.addWidget(self.page_label)
        tools.addStretch(1)
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.fit_width_button)
        tools.addWidget(self.whole_page_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.GRID)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.tools)
        self.setFocusProxy(self.view)
        self._update_tools()
        self.retranslate()

    def _action(self, keys: QKeySequence.StandardKey, factor: float) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: self.zoom(factor))
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        self.empty_label.setText(
            self.tr(
                "No report yet. Choose the report, the period and what it covers on the left, "
                "then press Generate (Ctrl+G). The report appears here as it will be printed."
            )
        )
        self.view.setAccessibleName(self.tr("Preview of the report"))
        self.zoom_in_action.setText(self.tr("Larger"))
        self.zoom_out_action.setText(self.tr("Smaller"))
        self.zoom_out_button.setToolTip(self.tr("Smaller (Ctrl+-)"))
        self.zoom_out_button.setAccessibleName(self.tr("Smaller"))
        self.zoom_in_button.setToolTip(self.tr("Larger (Ctrl++)"))
        self.zoom_in_button.setAccessibleName(self.tr("Larger"))
        self.fit_width_button.setText(self.tr("Fit &width"))
        self.fit_width_button.setAccessibleName(self.tr("Fit the page to the width"))
        self.whole_page_button.setText(self.tr("W&hole page"))
        self.whole_page_button.setAccessibleName(self.tr("Show whole pages"))
        self._show_page()

    # --- the document ---------------------------------------------------------------------
    def show_pdf(self, pdf: bytes) -> int:
        """Show the PDF; returns its page count as QtPdf reads it (0 if it cannot be read)."""
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)  # a buffer is read at once: the document is ready now
        ready = self.document.status() == QPdfDocument.Status.Ready
        self.stack.setCurrentWidget(self.view if ready else self.empty_label)
        if ready:
            self.view.pageNavigator().jump(0, QPointF(), self.view.zoomFactor())
        self._update_tools()
        return self.document.pageCount() if ready else 0

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.stack.setCurrentWidget(self.empty_label)
        self._update_tools()

    def page_count(self) -> int:
        return self.document.pageCount()

    # --- zoom -----------------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        if self.page_count() == 0:
            return
        low, high = ZOOM_RANGE
        current = self._effective_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(high, max(low, current * factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def whole_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _effective_zoom(self) -> float:
        """The zoom the view shows now: in a fitting mode, what the fit came to."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(self.view.zoomFactor())
        size = self.document.pagePointSize(max(self.view.pageNavigator().currentPage(), 0))
        if size.width() <= 0:
            return 1.0
        # QPdfView draws a point as 1/72 inch at the screen's logical resolution
        points_per_pixel = 72.0 / self.logicalDpiX()
        room = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        return max(room * points_per_pixel / size.width(), ZOOM_RANGE[0])

    # --- the tools ------------------------------------------------------------------------
    def _update_tools(self) -> None:
        shown = self.page_count() > 0
        for button in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_width_button,
            self.whole_page_button,
        ):
            button.setEnabled(shown)
        self.tools.setVisible(shown)
        self._show_page()

    def _show_page(self) -> None:
        pages = self.page_count()
        if pages == 0:
            self.page_label.setText("")
            return
        current = min(max(self.view.pageNavigator().currentPage(), 0), pages - 1) + 1
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(current)).replace("%2", str(pages))
        )
