# Generated from ui/appeal_accountability_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeal_accountability_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_AppealAccountabilityDialog(object):
    def setupUi(self, AppealAccountabilityDialog):
        if not AppealAccountabilityDialog.objectName():
            AppealAccountabilityDialog.setObjectName(u"AppealAccountabilityDialog")
        AppealAccountabilityDialog.resize(1180, 640)
        self.column = QVBoxLayout(AppealAccountabilityDialog)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.heading = QLabel(AppealAccountabilityDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.accountTable = QTableView(AppealAccountabilityDialog)
        self.accountTable.setObjectName(u"accountTable")

        self.column.addWidget(self.accountTable)

        self.notesLabel = QLabel(AppealAccountabilityDialog)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setText(u"")
        self.notesLabel.setWordWrap(True)

        self.column.addWidget(self.notesLabel)

        self.accountNotes = QTableView(AppealAccountabilityDialog)
        self.accountNotes.setObjectName(u"accountNotes")

        self.column.addWidget(self.accountNotes)

        self.numbering = QLabel(AppealAccountabilityDialog)
        self.numbering.setObjectName(u"numbering")
        self.numbering.setText(u"")
        self.numbering.setWordWrap(True)
        self.numbering.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.numbering)

        self.buttons = QDialogButtonBox(AppealAccountabilityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.column.addWidget(self.buttons)

        self.column.setStretch(1, 2)
        self.column.setStretch(3, 3)
        QWidget.setTabOrder(self.accountTable, self.accountNotes)

        self.retranslateUi(AppealAccountabilityDialog)
    # setupUi

    def retranslateUi(self, AppealAccountabilityDialog):
        AppealAccountabilityDialog.setWindowTitle(QCoreApplication.translate("AppealAccountabilityDialog", u"Appeals: accountability by inspector", None))
        self.heading.setText(QCoreApplication.translate("AppealAccountabilityDialog", u"Every appeal is counted, cancelled and late ones too. A decision counts as within the deadline only when the extension was decided before the deadline.", None))
#if QT_CONFIG(accessibility)
        self.accountTable.setAccessibleName(QCoreApplication.translate("AppealAccountabilityDialog", u"Appeals by inspector", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.accountNotes.setAccessibleName(QCoreApplication.translate("AppealAccountabilityDialog", u"Extensions, late steps and cancellations", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

