/** @module ui/forms — form parts every module uses: the CSRF field, labelled inputs, messages. */
import type { Child } from 'hono/jsx';
import { usePageContext } from './page-context.ts';

/** The hidden token every state-changing form carries. */
export function CsrfField() {
  return <input type="hidden" name="_csrf" value={usePageContext().csrfToken()} />;
}

/**
 * A POST form with its CSRF token. With files (`enctype="multipart/form-data"`) the token must
 * stay the first field: the CSRF check reads it before the files (http/uploads).
 */
/** `data-unsaved`: with the back-office script, leaving the page with unsaved changes asks first. */
export function PostForm(props: {
  action: string;
  class?: string;
  children?: Child;
  'aria-label'?: string;
  enctype?: 'multipart/form-data';
  'data-unsaved'?: boolean;
}) {
  return (
    <form
      method="post"
      action={props.action}
      class={props.class}
      aria-label={props['aria-label']}
      enctype={props.enctype}
      data-unsaved={props['data-unsaved'] ? '' : undefined}
    >
      <CsrfField />
      {props.children}
    </form>
  );
}

export function Field(props: {
  id: string;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'search';
  value?: string;
  autocomplete?: string;
  required?: boolean;
  hint?: string;
  inputmode?: 'numeric';
  pattern?: string;
  maxlength?: number;
}) {
  const hintId = props.hint ? `${props.id}-hinweis` : undefined;
  return (
    <p class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        autocomplete={props.autocomplete}
        required={props.required}
        aria-describedby={hintId}
        inputmode={props.inputmode}
        pattern={props.pattern}
        maxlength={props.maxlength}
      />
      {props.hint ? (
        <span class="field-hint" id={hintId}>
          {props.hint}
        </span>
      ) : null}
    </p>
  );
}

/** An error or success message that screen readers announce. */
export function Message(props: { kind: 'error' | 'success' | 'info'; children?: Child }) {
  return (
    <div class={`message message-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}
