/*
 * Forms, progressively enhanced (the site works without this file).
 *
 * After a failed submit the error summary, first on the page, takes the focus, so that a screen
 * reader reads it and the next Tab goes to its first link. A link in the summary moves the
 * focus to its field and scrolls the field's label (or its fieldset's legend) into view with the
 * field, as the GOV.UK error summary does; without JavaScript the links are plain anchors.
 * A second press of a submit button within a moment (a double click) is ignored.
 */
(function () {
    "use strict";

    var FOCUSABLE = "input:not([type=hidden]), select, textarea, button";

    /* The element to focus for a summary link's target: the input itself, a section that takes the
       focus (tabindex), or the first input of a group of checkboxes or radios (linked by its fieldset's id). */
    function fieldFor(target) {
        if (target.matches(FOCUSABLE) || (target.hasAttribute("tabindex") && target.tagName !== "FIELDSET")) {
            return target;
        }
        var checked = target.querySelector("input:checked:not([type=hidden])");
        return checked || target.querySelector(FOCUSABLE);
    }

    /* What should be at the top of the screen: the field with its label, help and error message. */
    function viewFor(target, input) {
        if (input === target && !target.matches(FOCUSABLE)) {
            return target;
        }
        var field = input && input.closest(".field");
        if (field) {
            return field;
        }
        var legend = input && input.closest("fieldset") && input.closest("fieldset").querySelector("legend");
        if (legend) {
            return legend;
        }
        var label = input && input.id && document.querySelector('label[for="' + CSS.escape(input.id) + '"]');
        // A label hidden for sighted users (a budget row's) is no help: show the row instead.
        if (label && label.getClientRects().length && label.offsetWidth > 1) {
            return label;
        }
        return (input && input.closest("tr")) || target;
    }

    function focusField(event) {
        var link = event.currentTarget;
        var id = decodeURIComponent(link.hash.slice(1));
        var target = id && document.getElementById(id);
        if (!target) {
            return;
        }
        var input = fieldFor(target);
        event.preventDefault();
        viewFor(target, input).scrollIntoView();
        (input || target).focus({ preventScroll: true });
    }

    function enhanceSummary(summary) {
        var links = summary.querySelectorAll('a[href^="#"]');
        for (var i = 0; i < links.length; i += 1) {
            links[i].addEventListener("click", focusField);
        }
        summary.focus();
    }

    function preventDoubleSubmit(form) {
        var lastSubmit = 0;
        form.addEventListener("submit", function (event) {
            var now = Date.now();
            if (now - lastSubmit < 2000) {
                event.preventDefault();
                return;
            }
            lastSubmit = now;
        });
    }

    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        enhanceSummary(summary);
    }
    var forms = document.querySelectorAll("form[data-prevent-double-submit]");
    for (var i = 0; i < forms.length; i += 1) {
        preventDoubleSubmit(forms[i]);
    }
})();
