# Generated from ui/passport_form.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passport_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_PassportForm(object):
    def setupUi(self, PassportForm):
        if not PassportForm.objectName():
            PassportForm.setObjectName(u"PassportForm")
        PassportForm.resize(520, 280)
        self.column = QVBoxLayout(PassportForm)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(4)
        self.precinctValueLabel = QLabel(PassportForm)
        self.precinctValueLabel.setObjectName(u"precinctValueLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.precinctValueLabel)

        self.precinctValue = QLabel(PassportForm)
        self.precinctValue.setObjectName(u"precinctValue")
        self.precinctValue.setText(u"")
        self.precinctValue.setWordWrap(True)
        self.precinctValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.precinctValue)

        self.inspectorValueLabel = QLabel(PassportForm)
        self.inspectorValueLabel.setObjectName(u"inspectorValueLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.inspectorValueLabel)

        self.inspectorValue = QLabel(PassportForm)
        self.inspectorValue.setObjectName(u"inspectorValue")
        self.inspectorValue.setText(u"")
        self.inspectorValue.setWordWrap(True)
        self.inspectorValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.inspectorValue)

        self.addressLabel = QLabel(PassportForm)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(PassportForm)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(2000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.populationLabel = QLabel(PassportForm)
        self.populationLabel.setObjectName(u"populationLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.populationLabel)

        self.populationEditRow = QHBoxLayout()
        self.populationEditRow.setSpacing(8)
        self.populationEditRow.setObjectName(u"populationEditRow")
        self.populationEdit = QSpinBox(PassportForm)
        self.populationEdit.setObjectName(u"populationEdit")
        self.populationEdit.setMaximum(10000000)
        self.populationEdit.setGroupSeparatorShown(True)

        self.populationEditRow.addWidget(self.populationEdit)

        self.residentsValue = QLabel(PassportForm)
        self.residentsValue.setObjectName(u"residentsValue")
        self.residentsValue.setText(u"")
        self.residentsValue.setWordWrap(True)
        self.residentsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.populationEditRow.addWidget(self.residentsValue)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.populationEditRow)

        self.householdsLabel = QLabel(PassportForm)
        self.householdsLabel.setObjectName(u"householdsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.householdsLabel)

        self.householdsEditRow = QHBoxLayout()
        self.householdsEditRow.setSpacing(8)
        self.householdsEditRow.setObjectName(u"householdsEditRow")
        self.householdsEdit = QSpinBox(PassportForm)
        self.householdsEdit.setObjectName(u"householdsEdit")
        self.householdsEdit.setMaximum(10000000)
        self.householdsEdit.setGroupSeparatorShown(True)

        self.householdsEditRow.addWidget(self.householdsEdit)

        self.householdsValue = QLabel(PassportForm)
        self.householdsValue.setObjectName(u"householdsValue")
        self.householdsValue.setText(u"")
        self.householdsValue.setWordWrap(True)
        self.householdsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.householdsEditRow.addWidget(self.householdsValue)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.householdsEditRow)

        self.notesLabel = QLabel(PassportForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(PassportForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaxLength(2000)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.column.addLayout(self.form)

        self.columnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.columnSpacer)

        self.formMessage = QLabel(PassportForm)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.formMessage)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveButton = QPushButton(PassportForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.column.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.precinctValueLabel.setBuddy(self.precinctValue)
        self.inspectorValueLabel.setBuddy(self.inspectorValue)
        self.addressLabel.setBuddy(self.addressEdit)
        self.populationLabel.setBuddy(self.populationEdit)
        self.householdsLabel.setBuddy(self.householdsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassportForm)
    # setupUi

    def retranslateUi(self, PassportForm):
        PassportForm.setWindowTitle(QCoreApplication.translate("PassportForm", u"Precinct passport", None))
        self.precinctValueLabel.setText(QCoreApplication.translate("PassportForm", u"Precinct", None))
        self.inspectorValueLabel.setText(QCoreApplication.translate("PassportForm", u"Inspector", None))
        self.addressLabel.setText(QCoreApplication.translate("PassportForm", u"Post &address", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("PassportForm", u"Address of the precinct post", None))
#endif // QT_CONFIG(accessibility)
        self.populationLabel.setText(QCoreApplication.translate("PassportForm", u"&Population", None))
#if QT_CONFIG(accessibility)
        self.populationEdit.setAccessibleName(QCoreApplication.translate("PassportForm", u"Population as the passport states it", None))
#endif // QT_CONFIG(accessibility)
        self.householdsLabel.setText(QCoreApplication.translate("PassportForm", u"&Households", None))
#if QT_CONFIG(accessibility)
        self.householdsEdit.setAccessibleName(QCoreApplication.translate("PassportForm", u"Households as the passport states it", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("PassportForm", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PassportForm", u"Notes of the passport", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("PassportForm", u"&Save the passport", None))
    # retranslateUi

