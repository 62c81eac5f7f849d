# Generated from ui/household_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_HouseholdDialog(object):
    def setupUi(self, HouseholdDialog):
        if not HouseholdDialog.objectName():
            HouseholdDialog.setObjectName(u"HouseholdDialog")
        HouseholdDialog.resize(560, 360)
        self.column = QVBoxLayout(HouseholdDialog)
        self.column.setSpacing(8)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(16, 16, 16, 16)
        self.subjectLabel = QLabel(HouseholdDialog)
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
        self.streetLabel = QLabel(HouseholdDialog)
        self.streetLabel.setObjectName(u"streetLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetCombo = QComboBox(HouseholdDialog)
        self.streetCombo.setObjectName(u"streetCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.streetCombo)

        self.houseLabel = QLabel(HouseholdDialog)
        self.houseLabel.setObjectName(u"houseLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.houseLabel)

        self.houseEditRow = QHBoxLayout()
        self.houseEditRow.setSpacing(8)
        self.houseEditRow.setObjectName(u"houseEditRow")
        self.houseEdit = QLineEdit(HouseholdDialog)
        self.houseEdit.setObjectName(u"houseEdit")
        self.houseEdit.setMaxLength(20)

        self.houseEditRow.addWidget(self.houseEdit)

        self.flatLabel = QLabel(HouseholdDialog)
        self.flatLabel.setObjectName(u"flatLabel")

        self.houseEditRow.addWidget(self.flatLabel)

        self.flatEdit = QLineEdit(HouseholdDialog)
        self.flatEdit.setObjectName(u"flatEdit")
        self.flatEdit.setMaxLength(20)

        self.houseEditRow.addWidget(self.flatEdit)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.houseEditRow)

        self.landmarkLabel = QLabel(HouseholdDialog)
        self.landmarkLabel.setObjectName(u"landmarkLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.landmarkLabel)

        self.landmarkEdit = QLineEdit(HouseholdDialog)
        self.landmarkEdit.setObjectName(u"landmarkEdit")
        self.landmarkEdit.setMaxLength(2000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.landmarkEdit)

        self.addressMessage = QLabel(HouseholdDialog)
        self.addressMessage.setObjectName(u"addressMessage")
        self.addressMessage.setText(u"")
        self.addressMessage.setWordWrap(True)
        self.addressMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressMessage)

        self.latitudeLabel = QLabel(HouseholdDialog)
        self.latitudeLabel.setObjectName(u"latitudeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.latitudeLabel)

        self.latitudeEditRow = QHBoxLayout()
        self.latitudeEditRow.setSpacing(8)
        self.latitudeEditRow.setObjectName(u"latitudeEditRow")
        self.latitudeEdit = QLineEdit(HouseholdDialog)
        self.latitudeEdit.setObjectName(u"latitudeEdit")
        self.latitudeEdit.setMaxLength(20)

        self.latitudeEditRow.addWidget(self.latitudeEdit)

        self.longitudeEdit = QLineEdit(HouseholdDialog)
        self.longitudeEdit.setObjectName(u"longitudeEdit")
        self.longitudeEdit.setMaxLength(20)

        self.latitudeEditRow.addWidget(self.longitudeEdit)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.latitudeEditRow)

        self.coordinatesMessage = QLabel(HouseholdDialog)
        self.coordinatesMessage.setObjectName(u"coordinatesMessage")
        self.coordinatesMessage.setText(u"")
        self.coordinatesMessage.setWordWrap(True)
        self.coordinatesMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.coordinatesMessage)

        self.notesLabel = QLabel(HouseholdDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(HouseholdDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaxLength(2000)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.column.addLayout(self.form)

        self.columnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.columnSpacer)

        self.formMessage = QLabel(HouseholdDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.formMessage)

        self.buttons = QDialogButtonBox(HouseholdDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.column.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.streetLabel.setBuddy(self.streetCombo)
        self.houseLabel.setBuddy(self.houseEdit)
        self.flatLabel.setBuddy(self.flatEdit)
        self.landmarkLabel.setBuddy(self.landmarkEdit)
        self.latitudeLabel.setBuddy(self.latitudeEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HouseholdDialog)
    # setupUi

    def retranslateUi(self, HouseholdDialog):
        HouseholdDialog.setWindowTitle(QCoreApplication.translate("HouseholdDialog", u"Household", None))
        self.streetLabel.setText(QCoreApplication.translate("HouseholdDialog", u"&Street", None))
#if QT_CONFIG(accessibility)
        self.streetCombo.setAccessibleName(QCoreApplication.translate("HouseholdDialog", u"Street", None))
#endif // QT_CONFIG(accessibility)
        self.houseLabel.setText(QCoreApplication.translate("HouseholdDialog", u"&House", None))
#if QT_CONFIG(accessibility)
        self.houseEdit.setAccessibleName(QCoreApplication.translate("HouseholdDialog", u"House number", None))
#endif // QT_CONFIG(accessibility)
        self.flatLabel.setText(QCoreApplication.translate("HouseholdDialog", u"&Flat", None))
#if QT_CONFIG(accessibility)
        self.flatEdit.setAccessibleName(QCoreApplication.translate("HouseholdDialog", u"Flat number", None))
#endif // QT_CONFIG(accessibility)
        self.landmarkLabel.setText(QCoreApplication.translate("HouseholdDialog", u"&Landmark", None))
#if QT_CONFIG(accessibility)
        self.landmarkEdit.setAccessibleName(QCoreApplication.translate("HouseholdDialog", u"Landmark, for a house without a number", None))
#endif // QT_CONFIG(accessibility)
        self.landmarkEdit.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", u"For a house without a number: behind the school, by the well", None))
        self.latitudeLabel.setText(QCoreApplication.translate("HouseholdDialog", u"C&oordinates", None))
#if QT_CONFIG(accessibility)
        self.latitudeEdit.setAccessibleName(QCoreApplication.translate("HouseholdDialog", u"Latitude", None))
#endif // QT_CONFIG(accessibility)
        self.latitudeEdit.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", u"latitude, e.g. 43.2389", None))
#if QT_CONFIG(accessibility)
        self.longitudeEdit.setAccessibleName(QCoreApplication.translate("HouseholdDialog", u"Longitude", None))
#endif // QT_CONFIG(accessibility)
        self.longitudeEdit.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", u"longitude, e.g. 76.8897", None))
        self.notesLabel.setText(QCoreApplication.translate("HouseholdDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("HouseholdDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

