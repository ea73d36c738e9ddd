"""The budget rows of an application; the total is always computed here, on the server."""

from decimal import Decimal

from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleErrorsMixin, SingleLineCharField

BUDGET_ROWS_SHOWN = 5
BUDGET_ROWS_MAX = 30


def euros(amount):
    """An amount as the active language writes it, with two decimals: "1 500,00"."""
    return number_format(amount, 2, use_l10n=True, force_grouping=True)


class BudgetRowForm(AccessibleErrorsMixin, forms.Form):
    """One row of the budget. A row left empty is ignored."""

    item = SingleLineCharField(label=_("Item"), max_length=200, required=False)
    amount = forms.DecimalField(
        label=_("Amount (€)"),
        max_digits=9,
        decimal_places=2,
        required=False,
        localize=True,
        error_messages={"max_decimal_places": _("Give the amount with at most two decimals, in euros.")},
    )

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount is not None and amount <= 0:
            raise forms.ValidationError(_("The amount must be more than zero euros."))
        return amount

    def clean(self):
        data = super().clean()
        item, amount = (data.get("item") or "").strip(), data.get("amount")
        if amount is not None and not item:
            self.add_error("item", _("Say what this amount is for."))
        if item and amount is None and "amount" not in self.errors:
            self.add_error("amount", _("Give the amount in euros, or leave the row empty."))
        data["item"] = item
        return data


class BaseBudgetFormSet(forms.BaseFormSet):
    """The budget rows; their total is checked against the round's largest grant."""

    def __init__(self, *args, max_grant, sending, **kwargs):
        self.max_grant, self.sending = max_grant, sending
        super().__init__(*args, **kwargs)

    def rows(self):
        """The filled rows, as stored: [{"item": ..., "amount": "12.50"}]."""
        if not hasattr(self, "cleaned_data"):
            return []
        return [
            {"item": row["item"], "amount": str(row["amount"])}
            for row in self.cleaned_data
            if row.get("item") and row.get("amount") is not None
        ]

    def total(self):
        """The sum of the rows that are valid so far, to show the applicant even when some are not."""
        total = Decimal("0")
        for form in self.forms:
            amount = form.cleaned_data.get("amount") if hasattr(form, "cleaned_data") else None
            if amount is not None and amount > 0:
                total += amount
        return total

    def shown_total(self):
        """The total to show on the form page: of what was typed, or of the saved rows."""
        if self.is_bound:
            self.errors  # noqa: B018 - validates once, so that the rows' cleaned data exist
            return self.total()
        return sum((row["amount"] for row in self.initial if row.get("amount")), Decimal("0"))

    def clean(self):
        if any(self.errors):
            return
        rows, total = self.rows(), self.total()
        if total > self.max_grant:
            raise forms.ValidationError(
                _("The budget's total is %(total)s €. One application may ask at most %(maximum)s €."),
                params={"total": euros(total), "maximum": euros(self.max_grant)},
            )
        if self.sending and not rows:
            raise forms.ValidationError(_("Add at least one row to the budget: what it is, and how much."))


BudgetFormSet = forms.formset_factory(
    BudgetRowForm,
    formset=BaseBudgetFormSet,
    extra=0,
    max_num=BUDGET_ROWS_MAX,
    absolute_max=BUDGET_ROWS_MAX,
    validate_max=True,
)


def budget_initial(rows):
    """The saved rows and enough empty ones to make up the rows shown (two more if all are filled)."""
    rows = [{"item": row["item"], "amount": Decimal(row["amount"])} for row in rows]
    blanks = max(BUDGET_ROWS_SHOWN - len(rows), 2)
    return (rows + [{}] * blanks)[:BUDGET_ROWS_MAX]
