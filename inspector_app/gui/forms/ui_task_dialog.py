# Generated from ui/task_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_TaskDialog(object):
    def setupUi(self, TaskDialog):
        if not TaskDialog.objectName():
            TaskDialog.setObjectName(u"TaskDialog")
        TaskDialog.resize(560, 440)
        self.column = QVBoxLayout(TaskDialog)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(4)
        self.assigneeLabel = QLabel(TaskDialog)
        self.assigneeLabel.setObjectName(u"assigneeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assigneeLabel)

        self.assigneeCombo = QComboBox(TaskDialog)
        self.assigneeCombo.setObjectName(u"assigneeCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assigneeCombo)

        self.assigneeMessage = QLabel(TaskDialog)
        self.assigneeMessage.setObjectName(u"assigneeMessage")
        self.assigneeMessage.setText(u"")
        self.assigneeMessage.setWordWrap(True)
        self.assigneeMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.assigneeMessage)

        self.titleLabel = QLabel(TaskDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(TaskDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleMessage = QLabel(TaskDialog)
        self.titleMessage.setObjectName(u"titleMessage")
        self.titleMessage.setText(u"")
        self.titleMessage.setWordWrap(True)
        self.titleMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleMessage)

        self.bodyLabel = QLabel(TaskDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(TaskDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)
        self.bodyEdit.setMinimumSize(QSize(0, 96))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.dueLabel = QLabel(TaskDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QLineEdit(TaskDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setMaxLength(10)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.dueMessage = QLabel(TaskDialog)
        self.dueMessage.setObjectName(u"dueMessage")
        self.dueMessage.setText(u"")
        self.dueMessage.setWordWrap(True)
        self.dueMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dueMessage)


        self.column.addLayout(self.form)

        self.formMessage = QLabel(TaskDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.formMessage)

        self.buttons = QDialogButtonBox(TaskDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.column.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.assigneeLabel.setBuddy(self.assigneeCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.dueLabel.setBuddy(self.dueEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TaskDialog)
    # setupUi

    def retranslateUi(self, TaskDialog):
        TaskDialog.setWindowTitle(QCoreApplication.translate("TaskDialog", u"New task", None))
        self.assigneeLabel.setText(QCoreApplication.translate("TaskDialog", u"&Inspector", None))
#if QT_CONFIG(accessibility)
        self.assigneeCombo.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Inspector who gets the task", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("TaskDialog", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Title of the task", None))
#endif // QT_CONFIG(accessibility)
        self.bodyLabel.setText(QCoreApplication.translate("TaskDialog", u"Te&xt", None))
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"What is to be done", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("TaskDialog", u"&Due by", None))
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.dueEdit.setPlaceholderText(QCoreApplication.translate("TaskDialog", u"DD.MM.YYYY", None))
    # retranslateUi

