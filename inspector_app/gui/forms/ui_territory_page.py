# Generated from ui/territory_page.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'territory_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_TerritoryPage(object):
    def setupUi(self, TerritoryPage):
        if not TerritoryPage.objectName():
            TerritoryPage.setObjectName(u"TerritoryPage")
        TerritoryPage.resize(1000, 640)
        self.column = QVBoxLayout(TerritoryPage)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(24, 24, 24, 24)
        self.heading = QLabel(TerritoryPage)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.top = QHBoxLayout()
        self.top.setSpacing(8)
        self.top.setObjectName(u"top")
        self.precinctLabel = QLabel(TerritoryPage)
        self.precinctLabel.setObjectName(u"precinctLabel")

        self.top.addWidget(self.precinctLabel)

        self.precinctCombo = QComboBox(TerritoryPage)
        self.precinctCombo.setObjectName(u"precinctCombo")

        self.top.addWidget(self.precinctCombo)

        self.top.setStretch(1, 1)

        self.column.addLayout(self.top)

        self.message = QLabel(TerritoryPage)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.column.addWidget(self.message)

        self.territoryTabs = QTabWidget(TerritoryPage)
        self.territoryTabs.setObjectName(u"territoryTabs")
        self.places = QWidget()
        self.places.setObjectName(u"places")
        self.placesColumn = QVBoxLayout(self.places)
        self.placesColumn.setObjectName(u"placesColumn")
        self.placesColumn.setContentsMargins(8, 8, 8, 0)
        self.splitter = QSplitter(self.places)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.settlementPane = QWidget(self.splitter)
        self.settlementPane.setObjectName(u"settlementPane")
        self.settlementColumn = QVBoxLayout(self.settlementPane)
        self.settlementColumn.setSpacing(8)
        self.settlementColumn.setObjectName(u"settlementColumn")
        self.settlementColumn.setContentsMargins(0, 0, 0, 0)
        self.settlementLabel = QLabel(self.settlementPane)
        self.settlementLabel.setObjectName(u"settlementLabel")

        self.settlementColumn.addWidget(self.settlementLabel)

        self.settlementList = QTableView(self.settlementPane)
        self.settlementList.setObjectName(u"settlementList")

        self.settlementColumn.addWidget(self.settlementList)

        self.addSettlementButton = QPushButton(self.settlementPane)
        self.addSettlementButton.setObjectName(u"addSettlementButton")

        self.settlementColumn.addWidget(self.addSettlementButton)

        self.settlementColumn.setStretch(1, 1)
        self.splitter.addWidget(self.settlementPane)
        self.streetPane = QWidget(self.splitter)
        self.streetPane.setObjectName(u"streetPane")
        self.streetColumn = QVBoxLayout(self.streetPane)
        self.streetColumn.setSpacing(8)
        self.streetColumn.setObjectName(u"streetColumn")
        self.streetColumn.setContentsMargins(0, 0, 0, 0)
        self.streetLabel = QLabel(self.streetPane)
        self.streetLabel.setObjectName(u"streetLabel")

        self.streetColumn.addWidget(self.streetLabel)

        self.streetList = QTableView(self.streetPane)
        self.streetList.setObjectName(u"streetList")

        self.streetColumn.addWidget(self.streetList)

        self.addStreetButton = QPushButton(self.streetPane)
        self.addStreetButton.setObjectName(u"addStreetButton")

        self.streetColumn.addWidget(self.addStreetButton)

        self.streetColumn.setStretch(1, 1)
        self.splitter.addWidget(self.streetPane)
        self.householdPane = QWidget(self.splitter)
        self.householdPane.setObjectName(u"householdPane")
        self.householdColumn = QVBoxLayout(self.householdPane)
        self.householdColumn.setSpacing(8)
        self.householdColumn.setObjectName(u"householdColumn")
        self.householdColumn.setContentsMargins(0, 0, 0, 0)
        self.householdLabel = QLabel(self.householdPane)
        self.householdLabel.setObjectName(u"householdLabel")

        self.householdColumn.addWidget(self.householdLabel)

        self.householdList = QTableView(self.householdPane)
        self.householdList.setObjectName(u"householdList")

        self.householdColumn.addWidget(self.householdList)

        self.householdButtons = QHBoxLayout()
        self.householdButtons.setObjectName(u"householdButtons")
        self.householdCount = QLabel(self.householdPane)
        self.householdCount.setObjectName(u"householdCount")
        self.householdCount.setText(u"")

        self.householdButtons.addWidget(self.householdCount)

        self.newHouseholdButton = QPushButton(self.householdPane)
        self.newHouseholdButton.setObjectName(u"newHouseholdButton")

        self.householdButtons.addWidget(self.newHouseholdButton)

        self.editHouseholdButton = QPushButton(self.householdPane)
        self.editHouseholdButton.setObjectName(u"editHouseholdButton")

        self.householdButtons.addWidget(self.editHouseholdButton)

        self.householdButtons.setStretch(0, 1)

        self.householdColumn.addLayout(self.householdButtons)

        self.householdColumn.setStretch(1, 1)
        self.splitter.addWidget(self.householdPane)

        self.placesColumn.addWidget(self.splitter)

        self.territoryTabs.addTab(self.places, "")

        self.column.addWidget(self.territoryTabs)

        self.column.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.precinctLabel.setBuddy(self.precinctCombo)
        self.settlementLabel.setBuddy(self.settlementList)
        self.streetLabel.setBuddy(self.streetList)
        self.householdLabel.setBuddy(self.householdList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.precinctCombo, self.territoryTabs)
        QWidget.setTabOrder(self.territoryTabs, self.settlementList)
        QWidget.setTabOrder(self.settlementList, self.addSettlementButton)
        QWidget.setTabOrder(self.addSettlementButton, self.streetList)
        QWidget.setTabOrder(self.streetList, self.addStreetButton)
        QWidget.setTabOrder(self.addStreetButton, self.householdList)
        QWidget.setTabOrder(self.householdList, self.newHouseholdButton)
        QWidget.setTabOrder(self.newHouseholdButton, self.editHouseholdButton)

        self.retranslateUi(TerritoryPage)
    # setupUi

    def retranslateUi(self, TerritoryPage):
        self.heading.setText(QCoreApplication.translate("TerritoryPage", u"Territory", None))
        self.precinctLabel.setText(QCoreApplication.translate("TerritoryPage", u"&Precinct", None))
#if QT_CONFIG(accessibility)
        self.precinctCombo.setAccessibleName(QCoreApplication.translate("TerritoryPage", u"Precinct shown", None))
#endif // QT_CONFIG(accessibility)
        self.settlementLabel.setText(QCoreApplication.translate("TerritoryPage", u"&Settlements", None))
#if QT_CONFIG(accessibility)
        self.settlementList.setAccessibleName(QCoreApplication.translate("TerritoryPage", u"Settlements of the precinct", None))
#endif // QT_CONFIG(accessibility)
        self.addSettlementButton.setText(QCoreApplication.translate("TerritoryPage", u"Add a settle&ment\u2026", None))
        self.streetLabel.setText(QCoreApplication.translate("TerritoryPage", u"St&reets", None))
#if QT_CONFIG(accessibility)
        self.streetList.setAccessibleName(QCoreApplication.translate("TerritoryPage", u"Streets of the settlement", None))
#endif // QT_CONFIG(accessibility)
        self.addStreetButton.setText(QCoreApplication.translate("TerritoryPage", u"Add a s&treet\u2026", None))
        self.householdLabel.setText(QCoreApplication.translate("TerritoryPage", u"Hous&eholds", None))
#if QT_CONFIG(accessibility)
        self.householdList.setAccessibleName(QCoreApplication.translate("TerritoryPage", u"Households of the street", None))
#endif // QT_CONFIG(accessibility)
        self.newHouseholdButton.setText(QCoreApplication.translate("TerritoryPage", u"&New household\u2026", None))
#if QT_CONFIG(tooltip)
        self.newHouseholdButton.setToolTip(QCoreApplication.translate("TerritoryPage", u"Add a household to this street (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editHouseholdButton.setText(QCoreApplication.translate("TerritoryPage", u"&Change\u2026", None))
        self.territoryTabs.setTabText(self.territoryTabs.indexOf(self.places), QCoreApplication.translate("TerritoryPage", u"Settlements and &households", None))
        pass
    # retranslateUi

