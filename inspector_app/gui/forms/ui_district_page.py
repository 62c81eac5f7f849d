# Generated from ui/district_page.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'district_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_DistrictPage(object):
    def setupUi(self, DistrictPage):
        if not DistrictPage.objectName():
            DistrictPage.setObjectName(u"DistrictPage")
        DistrictPage.resize(1000, 640)
        self.column = QVBoxLayout(DistrictPage)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(24, 24, 24, 24)
        self.heading = QLabel(DistrictPage)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.top = QHBoxLayout()
        self.top.setSpacing(8)
        self.top.setObjectName(u"top")
        self.levelLabel = QLabel(DistrictPage)
        self.levelLabel.setObjectName(u"levelLabel")

        self.top.addWidget(self.levelLabel)

        self.levelCombo = QComboBox(DistrictPage)
        self.levelCombo.setObjectName(u"levelCombo")

        self.top.addWidget(self.levelCombo)

        self.countLabel = QLabel(DistrictPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.top.addWidget(self.countLabel)

        self.topGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topGap)

        self.limitLabel = QLabel(DistrictPage)
        self.limitLabel.setObjectName(u"limitLabel")

        self.top.addWidget(self.limitLabel)

        self.contactLimit = QSpinBox(DistrictPage)
        self.contactLimit.setObjectName(u"contactLimit")

        self.top.addWidget(self.contactLimit)

        self.top.setStretch(3, 1)

        self.column.addLayout(self.top)

        self.message = QLabel(DistrictPage)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.column.addWidget(self.message)

        self.districtTabs = QTabWidget(DistrictPage)
        self.districtTabs.setObjectName(u"districtTabs")
        self.listTab = QWidget()
        self.listTab.setObjectName(u"listTab")
        self.listColumn = QVBoxLayout(self.listTab)
        self.listColumn.setSpacing(8)
        self.listColumn.setObjectName(u"listColumn")
        self.listColumn.setContentsMargins(8, 8, 8, 8)
        self.districtList = QTableView(self.listTab)
        self.districtList.setObjectName(u"districtList")

        self.listColumn.addWidget(self.districtList)

        self.emptyLabel = QLabel(self.listTab)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setText(u"")
        self.emptyLabel.setWordWrap(True)

        self.listColumn.addWidget(self.emptyLabel)

        self.note = QLabel(self.listTab)
        self.note.setObjectName(u"note")
        self.note.setText(u"")
        self.note.setWordWrap(True)

        self.listColumn.addWidget(self.note)

        self.listColumn.setStretch(0, 1)
        self.districtTabs.addTab(self.listTab, "")
        self.boardTab = QWidget()
        self.boardTab.setObjectName(u"boardTab")
        self.boardColumn = QVBoxLayout(self.boardTab)
        self.boardColumn.setSpacing(8)
        self.boardColumn.setObjectName(u"boardColumn")
        self.boardColumn.setContentsMargins(8, 8, 8, 8)
        self.boardChoices = QHBoxLayout()
        self.boardChoices.setSpacing(8)
        self.boardChoices.setObjectName(u"boardChoices")
        self.periodLabel = QLabel(self.boardTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.boardChoices.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(self.boardTab)
        self.periodCombo.setObjectName(u"periodCombo")

        self.boardChoices.addWidget(self.periodCombo)

        self.chartLabel = QLabel(self.boardTab)
        self.chartLabel.setObjectName(u"chartLabel")

        self.boardChoices.addWidget(self.chartLabel)

        self.chartCombo = QComboBox(self.boardTab)
        self.chartCombo.setObjectName(u"chartCombo")

        self.boardChoices.addWidget(self.chartCombo)

        self.asTable = QCheckBox(self.boardTab)
        self.asTable.setObjectName(u"asTable")

        self.boardChoices.addWidget(self.asTable)

        self.boardChoices.setStretch(3, 1)

        self.boardColumn.addLayout(self.boardChoices)

        self.boardNote = QLabel(self.boardTab)
        self.boardNote.setObjectName(u"boardNote")
        self.boardNote.setText(u"")
        self.boardNote.setWordWrap(True)

        self.boardColumn.addWidget(self.boardNote)

        self.boardStack = QStackedWidget(self.boardTab)
        self.boardStack.setObjectName(u"boardStack")
        self.chartScroll = QScrollArea()
        self.chartScroll.setObjectName(u"chartScroll")
        self.chartScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chartScroll.setWidgetResizable(True)
        self.chartHolder = QWidget()
        self.chartHolder.setObjectName(u"chartHolder")
        self.chartColumn = QVBoxLayout(self.chartHolder)
        self.chartColumn.setObjectName(u"chartColumn")
        self.chartColumn.setContentsMargins(0, 0, 0, 0)
        self.chartScroll.setWidget(self.chartHolder)
        self.boardStack.addWidget(self.chartScroll)
        self.boardTable = QTableView()
        self.boardTable.setObjectName(u"boardTable")
        self.boardStack.addWidget(self.boardTable)

        self.boardColumn.addWidget(self.boardStack)

        self.boardColumn.setStretch(2, 1)
        self.districtTabs.addTab(self.boardTab, "")

        self.column.addWidget(self.districtTabs)

        self.column.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.levelLabel.setBuddy(self.levelCombo)
        self.limitLabel.setBuddy(self.contactLimit)
        self.periodLabel.setBuddy(self.periodCombo)
        self.chartLabel.setBuddy(self.chartCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.levelCombo, self.contactLimit)
        QWidget.setTabOrder(self.contactLimit, self.districtTabs)
        QWidget.setTabOrder(self.districtTabs, self.districtList)
        QWidget.setTabOrder(self.districtList, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.chartCombo)
        QWidget.setTabOrder(self.chartCombo, self.asTable)
        QWidget.setTabOrder(self.asTable, self.chartScroll)
        QWidget.setTabOrder(self.chartScroll, self.boardTable)

        self.retranslateUi(DistrictPage)
    # setupUi

    def retranslateUi(self, DistrictPage):
        self.heading.setText(QCoreApplication.translate("DistrictPage", u"District", None))
        self.levelLabel.setText(QCoreApplication.translate("DistrictPage", u"&Show", None))
#if QT_CONFIG(accessibility)
        self.levelCombo.setAccessibleName(QCoreApplication.translate("DistrictPage", u"Figures for", None))
#endif // QT_CONFIG(accessibility)
        self.limitLabel.setText(QCoreApplication.translate("DistrictPage", u"Contact &late after:", None))
        self.contactLimit.setSuffix(QCoreApplication.translate("DistrictPage", u" days", None))
#if QT_CONFIG(tooltip)
        self.contactLimit.setToolTip(QCoreApplication.translate("DistrictPage", u"The last contact is shown in red once this many days have passed", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.districtList.setAccessibleName(QCoreApplication.translate("DistrictPage", u"Figures of the inspectors", None))
#endif // QT_CONFIG(accessibility)
        self.districtTabs.setTabText(self.districtTabs.indexOf(self.listTab), QCoreApplication.translate("DistrictPage", u"&Figures", None))
        self.periodLabel.setText(QCoreApplication.translate("DistrictPage", u"&Period", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("DistrictPage", u"Period of the charts", None))
#endif // QT_CONFIG(accessibility)
        self.chartLabel.setText(QCoreApplication.translate("DistrictPage", u"Ch&art", None))
#if QT_CONFIG(accessibility)
        self.chartCombo.setAccessibleName(QCoreApplication.translate("DistrictPage", u"Chart shown", None))
#endif // QT_CONFIG(accessibility)
        self.asTable.setText(QCoreApplication.translate("DistrictPage", u"As a ta&ble", None))
#if QT_CONFIG(tooltip)
        self.asTable.setToolTip(QCoreApplication.translate("DistrictPage", u"The chart's figures as a table, one line a bar", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.boardTable.setAccessibleName(QCoreApplication.translate("DistrictPage", u"Figures of the chart", None))
#endif // QT_CONFIG(accessibility)
        self.districtTabs.setTabText(self.districtTabs.indexOf(self.boardTab), QCoreApplication.translate("DistrictPage", u"C&harts", None))
        pass
    # retranslateUi

