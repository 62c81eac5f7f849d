# Generated from ui/end_entry_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'end_entry_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EndEntryDialog(object):
    def setupUi(self, EndEntryDialog):
        if not EndEntryDialog.objectName():
            EndEntryDialog.setObjectName(u"EndEntryDialog")
        EndEntryDialog.resize(480, 280)
        self.column = QVBoxLayout(EndEntryDialog)
        self.column.setSpacing(16)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(16, 16, 16, 16)
        self.subjectLabel = QLabel(EndEntryDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")
        self.subjectLabel.setText(u"")
        self.subjectLabel.setWordWrap(True)
        self.subjectLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.subjectLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(4)
        self.dateLabel = QLabel(EndEntryDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(EndEntryDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaxLength(10)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateMessage = QLabel(EndEntryDialog)
        self.dateMessage.setObjectName(u"dateMessage")
        self.dateMessage.setText(u"")
        self.dateMessage.setWordWrap(True)
        self.dateMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateMessage)

        self.reasonLabel = QLabel(EndEntryDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(EndEntryDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.noteLabel = QLabel(EndEntryDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(EndEntryDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(500)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.reasonMessage = QLabel(EndEntryDialog)
        self.reasonMessage.setObjectName(u"reasonMessage")
        self.reasonMessage.setText(u"")
        self.reasonMessage.setWordWrap(True)
        self.reasonMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonMessage)


        self.column.addLayout(self.form)

        self.formMessage = QLabel(EndEntryDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.formMessage)

        self.columnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.columnSpacer)

        self.buttons = QDialogButtonBox(EndEntryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.column.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EndEntryDialog)
    # setupUi

    def retranslateUi(self, EndEntryDialog):
        EndEntryDialog.setWindowTitle(QCoreApplication.translate("EndEntryDialog", u"Take off the register", None))
        self.dateLabel.setText(QCoreApplication.translate("EndEntryDialog", u"&Ended on", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("EndEntryDialog", u"Ended on", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("EndEntryDialog", u"DD.MM.YYYY", None))
        self.reasonLabel.setText(QCoreApplication.translate("EndEntryDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonCombo.setAccessibleName(QCoreApplication.translate("EndEntryDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("EndEntryDialog", u"In &words", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("EndEntryDialog", u"The reason in words", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("EndEntryDialog", u"Required for \"other\"", None))
    # retranslateUi

