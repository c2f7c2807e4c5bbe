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

  // <form data-unsaved-warning>: leaving the page with changes that were not saved asks first (a report typed on a
  // phone is not lost to a tapped link or a dropped connection's reload); submitting the form saves, so it does not ask.
  var unsaved = null;
  document.addEventListener('input', function (event) {
    var form = event.target.form || (event.target.closest && event.target.closest('form'));
    if (form && form.hasAttribute('data-unsaved-warning')) {
      unsaved = form;
    }
  });
  document.addEventListener('submit', function (event) {
    if (event.target === unsaved && !event.defaultPrevented) {
      unsaved = null;
    }
  });
  window.addEventListener('beforeunload', function (event) {
    if (unsaved) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
