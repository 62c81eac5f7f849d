"""Words for the codes reports show: appeal statuses, check methods, sexes, age groups.
Marked here, translated where they are drawn."""

from __future__ import annotations

from inspector_app.i18n import N_

# The reports' titles, by kind (a form lists them too).
TITLES = {
    "activity": N_("Activity of the district inspector"),
    "district": N_("District summary by inspector"),
    "hq": N_("Consolidated report by district and region"),
    "public": N_("Report to residents"),
    "person-card": N_("Register card of a person"),
    "appeals": N_("Register of appeals"),
    "passport": N_("Precinct passport"),
}
STATUSES = {
    "registered": N_("registered"),
    "in_progress": N_("in progress"),
    "extended": N_("extended"),
    "forwarded": N_("forwarded"),
    "decided": N_("decided"),
    "cancelled": N_("cancelled"),
}
METHODS = {"visit": N_("home visit"), "phone": N_("by phone"), "summons": N_("summoned")}
SEXES = {"M": N_("male"), "F": N_("female")}
AGE_GROUPS = {
    "0-17": N_("0–17 years"),
    "18-29": N_("18–29 years"),
    "30-59": N_("30–59 years"),
    "60+": N_("60 years and over"),
    "unknown": N_("birth date not known"),
}
# Kazakhstan's police issue protective orders; Kyrgyzstan's militia, protection orders.
ORDERS_ISSUED = {"KZ": N_("Protective orders issued"), "KG": N_("Protection orders issued")}
ORDERS = {"KZ": N_("Protective orders"), "KG": N_("Protection orders")}
# Reports that name residents carry the marking for official use (ДСП) on every page; the
# report to residents and HQ's totals name nobody.
RESTRICTED_KINDS = frozenset({"activity", "district", "person-card", "appeals", "passport"})
FOR_OFFICIAL_USE = N_("For official use")
# The personal identity number is the IIN in Kazakhstan and the PIN in Kyrgyzstan.
ID_NUMBER = {"KZ": N_("IIN"), "KG": N_("PIN")}
