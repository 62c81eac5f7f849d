# Generated from ui/sync_devices_tab.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_devices_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DevicesTab(object):
    def setupUi(self, DevicesTab):
        if not DevicesTab.objectName():
            DevicesTab.setObjectName(u"DevicesTab")
        DevicesTab.resize(1000, 640)
        self.column = QVBoxLayout(DevicesTab)
        self.column.setSpacing(16)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(8, 8, 8, 8)
        self.top = QHBoxLayout()
        self.top.setSpacing(16)
        self.top.setObjectName(u"top")
        self.ownCardBox = QGroupBox(DevicesTab)
        self.ownCardBox.setObjectName(u"ownCardBox")
        self.ownColumn = QVBoxLayout(self.ownCardBox)
        self.ownColumn.setSpacing(8)
        self.ownColumn.setObjectName(u"ownColumn")
        self.ownName = QLabel(self.ownCardBox)
        self.ownName.setObjectName(u"ownName")
        self.ownName.setText(u"")
        self.ownName.setWordWrap(True)

        self.ownColumn.addWidget(self.ownName)

        self.ownFingerprintLabel = QLabel(self.ownCardBox)
        self.ownFingerprintLabel.setObjectName(u"ownFingerprintLabel")

        self.ownColumn.addWidget(self.ownFingerprintLabel)

        self.ownFingerprint = QLabel(self.ownCardBox)
        self.ownFingerprint.setObjectName(u"ownFingerprint")
        self.ownFingerprint.setText(u"")

        self.ownColumn.addWidget(self.ownFingerprint)

        self.ownRow = QHBoxLayout()
        self.ownRow.setObjectName(u"ownRow")
        self.saveCardButton = QPushButton(self.ownCardBox)
        self.saveCardButton.setObjectName(u"saveCardButton")

        self.ownRow.addWidget(self.saveCardButton)

        self.ownRowGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownRow.addItem(self.ownRowGap)

        self.ownRow.setStretch(1, 1)

        self.ownColumn.addLayout(self.ownRow)

        self.ownHint = QLabel(self.ownCardBox)
        self.ownHint.setObjectName(u"ownHint")
        self.ownHint.setWordWrap(True)
        self.ownHint.setTextFormat(Qt.TextFormat.PlainText)

        self.ownColumn.addWidget(self.ownHint)

        self.ownBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ownColumn.addItem(self.ownBottom)


        self.top.addWidget(self.ownCardBox)

        self.enrolBox = QGroupBox(DevicesTab)
        self.enrolBox.setObjectName(u"enrolBox")
        self.enrolColumn = QVBoxLayout(self.enrolBox)
        self.enrolColumn.setSpacing(8)
        self.enrolColumn.setObjectName(u"enrolColumn")
        self.enrolRow = QHBoxLayout()
        self.enrolRow.setObjectName(u"enrolRow")
        self.enrolButton = QPushButton(self.enrolBox)
        self.enrolButton.setObjectName(u"enrolButton")

        self.enrolRow.addWidget(self.enrolButton)

        self.enrolRowGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.enrolRow.addItem(self.enrolRowGap)

        self.enrolRow.setStretch(1, 1)

        self.enrolColumn.addLayout(self.enrolRow)

        self.enrolHint = QLabel(self.enrolBox)
        self.enrolHint.setObjectName(u"enrolHint")
        self.enrolHint.setWordWrap(True)
        self.enrolHint.setTextFormat(Qt.TextFormat.PlainText)

        self.enrolColumn.addWidget(self.enrolHint)

        self.cardPanel = QWidget(self.enrolBox)
        self.cardPanel.setObjectName(u"cardPanel")
        self.cardPanel.setVisible(False)
        self.cardColumn = QVBoxLayout(self.cardPanel)
        self.cardColumn.setSpacing(8)
        self.cardColumn.setObjectName(u"cardColumn")
        self.cardColumn.setContentsMargins(0, 0, 0, 0)
        self.cardName = QLabel(self.cardPanel)
        self.cardName.setObjectName(u"cardName")
        self.cardName.setText(u"")
        self.cardName.setWordWrap(True)

        self.cardColumn.addWidget(self.cardName)

        self.cardFingerprintLabel = QLabel(self.cardPanel)
        self.cardFingerprintLabel.setObjectName(u"cardFingerprintLabel")

        self.cardColumn.addWidget(self.cardFingerprintLabel)

        self.cardFingerprint = QLabel(self.cardPanel)
        self.cardFingerprint.setObjectName(u"cardFingerprint")
        self.cardFingerprint.setText(u"")

        self.cardColumn.addWidget(self.cardFingerprint)


        self.enrolColumn.addWidget(self.cardPanel)

        self.enrolMessage = QLabel(self.enrolBox)
        self.enrolMessage.setObjectName(u"enrolMessage")
        self.enrolMessage.setText(u"")
        self.enrolMessage.setWordWrap(True)
        self.enrolMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.enrolMessage.setVisible(False)

        self.enrolColumn.addWidget(self.enrolMessage)

        self.enrolBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.enrolColumn.addItem(self.enrolBottom)


        self.top.addWidget(self.enrolBox)

        self.top.setStretch(0, 1)
        self.top.setStretch(1, 1)

        self.column.addLayout(self.top)

        self.knownBox = QGroupBox(DevicesTab)
        self.knownBox.setObjectName(u"knownBox")
        self.knownColumn = QVBoxLayout(self.knownBox)
        self.knownColumn.setSpacing(8)
        self.knownColumn.setObjectName(u"knownColumn")
        self.deviceList = QTableView(self.knownBox)
        self.deviceList.setObjectName(u"deviceList")
        self.deviceList.setMinimumSize(QSize(0, 144))

        self.knownColumn.addWidget(self.deviceList)

        self.knownEmpty = QLabel(self.knownBox)
        self.knownEmpty.setObjectName(u"knownEmpty")
        self.knownEmpty.setWordWrap(True)
        self.knownEmpty.setTextFormat(Qt.TextFormat.PlainText)

        self.knownColumn.addWidget(self.knownEmpty)

        self.knownRow = QHBoxLayout()
        self.knownRow.setSpacing(8)
        self.knownRow.setObjectName(u"knownRow")
        self.revokeButton = QPushButton(self.knownBox)
        self.revokeButton.setObjectName(u"revokeButton")
        self.revokeButton.setEnabled(False)

        self.knownRow.addWidget(self.revokeButton, 0, Qt.AlignmentFlag.AlignLeft)

        self.prefixButton = QPushButton(self.knownBox)
        self.prefixButton.setObjectName(u"prefixButton")
        self.prefixButton.setEnabled(False)

        self.knownRow.addWidget(self.prefixButton, 0, Qt.AlignmentFlag.AlignLeft)

        self.knownMessage = QLabel(self.knownBox)
        self.knownMessage.setObjectName(u"knownMessage")
        self.knownMessage.setText(u"")
        self.knownMessage.setWordWrap(True)
        self.knownMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.knownMessage.setVisible(False)

        self.knownRow.addWidget(self.knownMessage)

        self.knownRow.setStretch(2, 1)

        self.knownColumn.addLayout(self.knownRow)

        self.knownColumn.setStretch(0, 1)

        self.column.addWidget(self.knownBox)

        self.column.setStretch(1, 1)
        QWidget.setTabOrder(self.saveCardButton, self.enrolButton)
        QWidget.setTabOrder(self.enrolButton, self.deviceList)
        QWidget.setTabOrder(self.deviceList, self.revokeButton)
        QWidget.setTabOrder(self.revokeButton, self.prefixButton)

        self.retranslateUi(DevicesTab)
    # setupUi

    def retranslateUi(self, DevicesTab):
        self.ownCardBox.setTitle(QCoreApplication.translate("DevicesTab", u"This computer", None))
        self.ownFingerprintLabel.setText(QCoreApplication.translate("DevicesTab", u"Fingerprint of this computer:", None))
#if QT_CONFIG(accessibility)
        self.ownFingerprint.setAccessibleName(QCoreApplication.translate("DevicesTab", u"Fingerprint of this computer", None))
#endif // QT_CONFIG(accessibility)
        self.saveCardButton.setText(QCoreApplication.translate("DevicesTab", u"&Save this computer's card\u2026", None))
        self.ownHint.setText(QCoreApplication.translate("DevicesTab", u"Give the card file to the other side (on a USB stick or by e-mail), then read this fingerprint out to them by phone, group by group. They enrol this computer only if the fingerprint on their screen is the same.", None))
        self.enrolBox.setTitle(QCoreApplication.translate("DevicesTab", u"Enrol a device", None))
        self.enrolButton.setText(QCoreApplication.translate("DevicesTab", u"&Enrol a device\u2026", None))
        self.enrolHint.setText(QCoreApplication.translate("DevicesTab", u"Choose the card file of the other computer. Its fingerprint is shown here: call the other side and have them read theirs out. Enrol only if every character is the same.", None))
        self.cardFingerprintLabel.setText(QCoreApplication.translate("DevicesTab", u"Fingerprint on the card:", None))
#if QT_CONFIG(accessibility)
        self.cardFingerprint.setAccessibleName(QCoreApplication.translate("DevicesTab", u"Fingerprint on the card", None))
#endif // QT_CONFIG(accessibility)
        self.knownBox.setTitle(QCoreApplication.translate("DevicesTab", u"Known devices", None))
#if QT_CONFIG(accessibility)
        self.deviceList.setAccessibleName(QCoreApplication.translate("DevicesTab", u"Known devices", None))
#endif // QT_CONFIG(accessibility)
        self.knownEmpty.setText(QCoreApplication.translate("DevicesTab", u"No other device is known yet. Enrol the other side's card with \u201cEnrol a device\u2026\u201d; an inspector's laptop needs the chief's card, the chief each inspector's.", None))
        self.revokeButton.setText(QCoreApplication.translate("DevicesTab", u"Re&voke\u2026", None))
#if QT_CONFIG(tooltip)
        self.revokeButton.setToolTip(QCoreApplication.translate("DevicesTab", u"Withdraw trust from a lost or stolen computer: its later packages are refused", None))
#endif // QT_CONFIG(tooltip)
        self.prefixButton.setText(QCoreApplication.translate("DevicesTab", u"Number &prefix\u2026", None))
#if QT_CONFIG(tooltip)
        self.prefixButton.setToolTip(QCoreApplication.translate("DevicesTab", u"Give the laptop a new prefix for its appeal numbers", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

