# Generated from ui/check_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_dialog.ui'
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

class Ui_CheckDialog(object):
    def setupUi(self, CheckDialog):
        if not CheckDialog.objectName():
            CheckDialog.setObjectName(u"CheckDialog")
        CheckDialog.resize(480, 320)
        self.column = QVBoxLayout(CheckDialog)
        self.column.setSpacing(16)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(16, 16, 16, 16)
        self.subjectLabel = QLabel(CheckDialog)
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
        self.dateLabel = QLabel(CheckDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(CheckDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaxLength(10)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateMessage = QLabel(CheckDialog)
        self.dateMessage.setObjectName(u"dateMessage")
        self.dateMessage.setText(u"")
        self.dateMessage.setWordWrap(True)
        self.dateMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateMessage)

        self.methodLabel = QLabel(CheckDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(CheckDialog)
        self.methodCombo.addItem("")
        self.methodCombo.addItem("")
        self.methodCombo.addItem("")
        self.methodCombo.setObjectName(u"methodCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.resultLabel = QLabel(CheckDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultCombo = QComboBox(CheckDialog)
        self.resultCombo.addItem("")
        self.resultCombo.addItem("")
        self.resultCombo.addItem("")
        self.resultCombo.setObjectName(u"resultCombo")
        self.resultCombo.setEditable(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resultCombo)

        self.resultMessage = QLabel(CheckDialog)
        self.resultMessage.setObjectName(u"resultMessage")
        self.resultMessage.setText(u"")
        self.resultMessage.setWordWrap(True)
        self.resultMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.resultMessage)

        self.notesLabel = QLabel(CheckDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(CheckDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaxLength(2000)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.column.addLayout(self.form)

        self.formMessage = QLabel(CheckDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.formMessage)

        self.columnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.columnSpacer)

        self.buttons = QDialogButtonBox(CheckDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.column.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.resultLabel.setBuddy(self.resultCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CheckDialog)
    # setupUi

    def retranslateUi(self, CheckDialog):
        CheckDialog.setWindowTitle(QCoreApplication.translate("CheckDialog", u"Record a check", None))
        self.dateLabel.setText(QCoreApplication.translate("CheckDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("CheckDialog", u"Date of the check", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("CheckDialog", u"DD.MM.YYYY", None))
        self.methodLabel.setText(QCoreApplication.translate("CheckDialog", u"&How", None))
        self.methodCombo.setItemText(0, QCoreApplication.translate("CheckDialog", u"home visit", None))
        self.methodCombo.setItemText(1, QCoreApplication.translate("CheckDialog", u"by phone", None))
        self.methodCombo.setItemText(2, QCoreApplication.translate("CheckDialog", u"summoned to the post", None))

#if QT_CONFIG(accessibility)
        self.methodCombo.setAccessibleName(QCoreApplication.translate("CheckDialog", u"How the check was made", None))
#endif // QT_CONFIG(accessibility)
        self.resultLabel.setText(QCoreApplication.translate("CheckDialog", u"&Result", None))
        self.resultCombo.setItemText(0, QCoreApplication.translate("CheckDialog", u"at home, no violations", None))
        self.resultCombo.setItemText(1, QCoreApplication.translate("CheckDialog", u"not at home", None))
        self.resultCombo.setItemText(2, QCoreApplication.translate("CheckDialog", u"a violation found, a talk held", None))

#if QT_CONFIG(accessibility)
        self.resultCombo.setAccessibleName(QCoreApplication.translate("CheckDialog", u"Result of the check", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("CheckDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("CheckDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

