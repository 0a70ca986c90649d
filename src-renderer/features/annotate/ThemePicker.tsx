import { ColorSwatch, Group, Paper, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Theme } from '@common/api/schemas/themes';
import { themeSearch } from '../themes/theme-search';

export type ThemeChoice = { uid: string } | { create: string };

interface Props {
  themes: readonly Theme[];
  /** Themes already applied, shown as such. */
  applied?: readonly string[];
  label: string;
  onPick(choice: ThemeChoice): void;
  autoFocus?: boolean;
  inputRef?: React.Ref<HTMLInputElement>;
}

/** A fuzzy theme list under a text field; typing a name that is not there offers to create it. */
export function ThemePicker({ themes, applied = [], label, onPick, autoFocus, inputRef }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(Boolean(autoFocus));
  const search = useMemo(() => themeSearch(themes), [themes]);
  const found = search.find(query, 8);
  const name = query.trim();
  const options: { key: string; choice: ThemeChoice; theme?: Theme }[] = found.map((t) => ({ key: t.uid, choice: { uid: t.uid }, theme: t }));
  if (name && !search.exact(name)) options.push({ key: 'create', choice: { create: name } });
  const pick = (choice: ThemeChoice): void => {
    setQuery('');
    setActive(0);
    onPick(choice);
  };
  const listId = `${label.replace(/\W+/g, '-').toLowerCase()}-options`;

  return (
    <div>
      <TextInput
        size="xs"
        placeholder="Theme…"
        aria-label={label}
        ref={inputRef}
        role="combobox"
        aria-expanded={(focused || Boolean(name)) && options.length > 0}
        aria-controls={listId}
        autoFocus={autoFocus}
        value={query}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : -1) + options.length) % Math.max(1, options.length));
          } else if (e.key === 'Enter' && options[active]) {
            e.preventDefault();
            pick(options[active].choice);
          }
        }}
      />
      {(focused || name) && options.length > 0 && (
      <Paper id={listId} role="listbox" aria-label={`${label} options`} mt={4} mah={220} style={{ overflowY: 'auto' }}>
        {options.map((o, i) => (
          <UnstyledButton
            key={o.key}
            role="option"
            aria-selected={i === active}
            aria-label={o.theme ? o.theme.name : `Create theme “${name}”`}
            // Keep the focus in the field, so the list stays open until the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o.choice)}
            onMouseEnter={() => setActive(i)}
            w="100%"
            px={6}
            py={3}
            bg={i === active ? 'var(--mantine-color-default-hover)' : undefined}
            style={{ borderRadius: 4 }}
          >
            {o.theme ? (
              <Group gap={6} wrap="nowrap">
                <ColorSwatch color={o.theme.color} size={10} />
                <Text size="sm" truncate>
                  {o.theme.name}
                </Text>
                {applied.includes(o.theme.uid) && (
                  <Text size="xs" c="dimmed">
                    ✓
                  </Text>
                )}
              </Group>
            ) : (
              <Text size="sm" fw={500}>{`Create theme “${name}”`}</Text>
            )}
          </UnstyledButton>
        ))}
      </Paper>
      )}
    </div>
  );
}
