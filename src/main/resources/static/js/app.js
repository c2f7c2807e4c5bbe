// Thi đua ATGT — progressive enhancement only: every form also works without this file.
(function () {
  'use strict';

  // htmx requests carry the CSRF token that the layout puts in <meta name="_csrf">.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // <form data-confirm="…"> asks before submitting (deactivate, return, reopen …).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var question = (submitter && submitter.dataset.confirm) || form.dataset.confirm;
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);

  // <select data-autosubmit> submits its filter form when changed.
  document.addEventListener('change', function (event) {
    var field = event.target;
    if (field.matches && field.matches('[data-autosubmit]') && field.form) {
      field.form.requestSubmit ? field.form.requestSubmit() : field.form.submit();
    }
  });

  // <form data-unsaved-warning>: leaving the page while the form differs from what the server sent asks first (a report
  // typed on a phone is not lost to a tapped link); submitting it saves, so leaving through the submission does not ask.
  function state(form) {
    var parts = [];
    new FormData(form).forEach(function (value, name) {
      parts.push(name + '=' + (typeof value === 'string' ? value : value.name));
    });
    return parts.join('&');
  }
  var watched = [];
  var submitting = false;
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-unsaved-warning]').forEach(function (form) {
      watched.push({ form: form, loaded: state(form) });
    });
  });
  document.addEventListener('submit', function (event) {
    if (!event.defaultPrevented) {
      submitting = true;
    }
  });
  window.addEventListener('beforeunload', function (event) {
    var changed = watched.some(function (w) { return state(w.form) !== w.loaded; });
    if (changed && !submitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
