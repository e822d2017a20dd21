export { registerAssets } from './assets.ts';
export { Checkboxes, type CheckboxesProps, type ChoiceOption, Radios, type RadiosProps } from './choices.tsx';
export {
  BackLink,
  Caption,
  Details,
  Heading,
  InsetText,
  NotificationBanner,
  Panel,
  WarningText,
} from './content.tsx';
export { useView, type ViewContext } from './context.ts';
export { DateInput, type DateInputProps, type DatePart } from './date-input.tsx';
export { ErrorSummary, errorList, type FieldError } from './error-summary.tsx';
export { ErrorMessage, type FieldProps, type FieldsetProps, fieldId, Hint } from './fields.tsx';
export { Button, ButtonGroup, type ButtonProps, Form, type FormProps } from './form.tsx';
export {
  FileInput,
  type FileInputProps,
  type InputWidth,
  Select,
  type SelectOption,
  type SelectProps,
  Textarea,
  type TextareaProps,
  TextInput,
  type TextInputProps,
} from './inputs.tsx';
export { Layout, type LayoutProps } from './layout.tsx';
export { Code, formatTrackingCode, Ltr } from './ltr.tsx';
export { Pagination, type PaginationProps } from './pagination.tsx';
export { renderPage } from './render.tsx';
export { StatusTag, type Tone } from './status-tag.tsx';
export { SummaryList, type SummaryRow } from './summary-list.tsx';
export { Table, type TableCell, type TableColumn, type TableProps } from './table.tsx';
export { type Task, TaskList, type TaskStatus } from './task-list.tsx';
