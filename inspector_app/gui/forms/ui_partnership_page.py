# Generated from ui/partnership_page.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partnership_page.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_PartnershipPage(object):
    def setupUi(self, PartnershipPage):
        if not PartnershipPage.objectName():
            PartnershipPage.setObjectName(u"PartnershipPage")
        PartnershipPage.resize(1000, 640)
        self.column = QVBoxLayout(PartnershipPage)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(24, 24, 24, 24)
        self.heading = QLabel(PartnershipPage)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.message = QLabel(PartnershipPage)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.column.addWidget(self.message)

        self.tabs = QTabWidget(PartnershipPage)
        self.tabs.setObjectName(u"tabs")
        self.meetingsTab = QWidget()
        self.meetingsTab.setObjectName(u"meetingsTab")
        self.meetingsColumn = QVBoxLayout(self.meetingsTab)
        self.meetingsColumn.setObjectName(u"meetingsColumn")
        self.meetingsRow = QHBoxLayout()
        self.meetingsRow.setObjectName(u"meetingsRow")
        self.reportLabel = QLabel(self.meetingsTab)
        self.reportLabel.setObjectName(u"reportLabel")
        self.reportLabel.setText(u"")
        self.reportLabel.setWordWrap(True)

        self.meetingsRow.addWidget(self.reportLabel)

        self.newMeetingButton = QPushButton(self.meetingsTab)
        self.newMeetingButton.setObjectName(u"newMeetingButton")

        self.meetingsRow.addWidget(self.newMeetingButton)

        self.meetingsRow.setStretch(0, 1)

        self.meetingsColumn.addLayout(self.meetingsRow)

        self.meetingList = QTableView(self.meetingsTab)
        self.meetingList.setObjectName(u"meetingList")

        self.meetingsColumn.addWidget(self.meetingList)

        self.meetingsColumn.setStretch(1, 1)
        self.tabs.addTab(self.meetingsTab, "")
        self.proposalsTab = QWidget()
        self.proposalsTab.setObjectName(u"proposalsTab")
        self.proposalsColumn = QVBoxLayout(self.proposalsTab)
        self.proposalsColumn.setObjectName(u"proposalsColumn")
        self.proposalsRow = QHBoxLayout()
        self.proposalsRow.setObjectName(u"proposalsRow")
        self.proposalFilter = QComboBox(self.proposalsTab)
        self.proposalFilter.setObjectName(u"proposalFilter")

        self.proposalsRow.addWidget(self.proposalFilter)

        self.proposalsGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.proposalsRow.addItem(self.proposalsGap)

        self.newProposalButton = QPushButton(self.proposalsTab)
        self.newProposalButton.setObjectName(u"newProposalButton")

        self.proposalsRow.addWidget(self.newProposalButton)

        self.takeButton = QPushButton(self.proposalsTab)
        self.takeButton.setObjectName(u"takeButton")

        self.proposalsRow.addWidget(self.takeButton)

        self.answerButton = QPushButton(self.proposalsTab)
        self.answerButton.setObjectName(u"answerButton")

        self.proposalsRow.addWidget(self.answerButton)

        self.proposalsRow.setStretch(1, 1)

        self.proposalsColumn.addLayout(self.proposalsRow)

        self.proposalList = QTableView(self.proposalsTab)
        self.proposalList.setObjectName(u"proposalList")

        self.proposalsColumn.addWidget(self.proposalList)

        self.proposalsColumn.setStretch(1, 1)
        self.tabs.addTab(self.proposalsTab, "")

        self.column.addWidget(self.tabs)

        self.column.setStretch(2, 1)
        QWidget.setTabOrder(self.tabs, self.newMeetingButton)
        QWidget.setTabOrder(self.newMeetingButton, self.meetingList)
        QWidget.setTabOrder(self.meetingList, self.proposalFilter)
        QWidget.setTabOrder(self.proposalFilter, self.newProposalButton)
        QWidget.setTabOrder(self.newProposalButton, self.takeButton)
        QWidget.setTabOrder(self.takeButton, self.answerButton)
        QWidget.setTabOrder(self.answerButton, self.proposalList)

        self.retranslateUi(PartnershipPage)
    # setupUi

    def retranslateUi(self, PartnershipPage):
        self.heading.setText(QCoreApplication.translate("PartnershipPage", u"Meetings and proposals", None))
        self.newMeetingButton.setText(QCoreApplication.translate("PartnershipPage", u"&New meeting\u2026", None))
#if QT_CONFIG(accessibility)
        self.meetingList.setAccessibleName(QCoreApplication.translate("PartnershipPage", u"Meetings, reports and council sessions", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.meetingsTab), QCoreApplication.translate("PartnershipPage", u"Meetings", None))
#if QT_CONFIG(accessibility)
        self.proposalFilter.setAccessibleName(QCoreApplication.translate("PartnershipPage", u"Proposals shown", None))
#endif // QT_CONFIG(accessibility)
        self.newProposalButton.setText(QCoreApplication.translate("PartnershipPage", u"New &proposal\u2026", None))
        self.takeButton.setText(QCoreApplication.translate("PartnershipPage", u"Take into &work", None))
        self.answerButton.setText(QCoreApplication.translate("PartnershipPage", u"&Answer\u2026", None))
#if QT_CONFIG(accessibility)
        self.proposalList.setAccessibleName(QCoreApplication.translate("PartnershipPage", u"Proposals of residents", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.proposalsTab), QCoreApplication.translate("PartnershipPage", u"Proposals", None))
        pass
    # retranslateUi

