import { Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { ClaimStatus } from '@common/api/schemas/claims';
import { credibilityOptions, statusOptions } from './claim-labels';
import type { ClaimFormErrors, ClaimFormValues } from './claim-form';

interface Props {
  values: ClaimFormValues;
  errors: ClaimFormErrors;
  onChange(patch: Partial<ClaimFormValues>): void;
  /** A text field lost focus or a choice was made (the claim page saves then); `patch` is the choice. */
  onCommit?(patch?: Partial<ClaimFormValues>): void;
}

/** Statement, event date, status and credibility: the fields of a claim. */
export function ClaimFields({ values, errors, onChange, onCommit }: Props) {
  const choose = (patch: Partial<ClaimFormValues>): void => {
    onChange(patch);
    onCommit?.(patch);
  };
  return (
    <Stack gap="xs">
      <Textarea
        label="Statement"
        aria-label="Statement"
        autosize
        minRows={2}
        maxRows={8}
        value={values.statement}
        error={errors.statement}
        onChange={(e) => onChange({ statement: e.currentTarget.value })}
        onBlur={() => onCommit?.()}
      />
      <Group grow align="flex-start">
        <TextInput
          label="Event date"
          aria-label="Event date"
          placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
          value={values.eventDate}
          error={errors.eventDate}
          onChange={(e) => onChange({ eventDate: e.currentTarget.value })}
          onBlur={() => onCommit?.()}
        />
        <Select
          label="Status"
          aria-label="Status"
          data={statusOptions}
          value={values.status}
          allowDeselect={false}
          onChange={(v) => v && choose({ status: v as ClaimStatus })}
        />
        <Select
          label="Credibility"
          aria-label="Credibility"
          data={credibilityOptions}
          value={String(values.credibility)}
          error={errors.credibility}
          allowDeselect={false}
          onChange={(v) => v && choose({ credibility: Number(v) })}
        />
      </Group>
    </Stack>
  );
}
