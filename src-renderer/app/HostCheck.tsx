import { Button, Center, Code, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { getBridge } from '../bridge';

type Verdict = { state: 'checking' } | { state: 'ok' } | { state: 'stale' } | { state: 'unreachable'; message: string };

/**
 * The browser host's first question: does this tab hold the current address? A tab kept from
 * an earlier start has an old token; say so and how to get the current address, instead of
 * an app whose every call fails. Electron's pages always reach their host.
 */
export function HostCheck({ children }: { children: ReactNode }) {
  const desktop = Boolean(window.dossier?.host);
  const [verdict, setVerdict] = useState<Verdict>(desktop ? { state: 'ok' } : { state: 'checking' });
  const check = (): void => {
    setVerdict({ state: 'checking' });
    void getBridge()
      .call('project.info', {})
      .then((r) =>
        setVerdict(r.ok ? { state: 'ok' } : r.error.code === 'forbidden' ? { state: 'stale' } : { state: 'unreachable', message: r.error.message }),
      );
  };
  useEffect(() => {
    if (!desktop) check();
  }, [desktop]);

  if (verdict.state === 'ok') return children;
  return (
    <Center h="100dvh" p="xl">
      <Stack maw={560} gap="md" role={verdict.state === 'checking' ? undefined : 'alert'}>
        {verdict.state === 'checking' && <Loader aria-label="Connecting to Dossier" />}
        {verdict.state === 'stale' && (
          <>
            <Title order={2}>This address is from an earlier start of Dossier</Title>
            <Text>
              The browser host makes a new address each time it starts, so that no other page or program can use it. This tab holds an old
              one (or none), and the host refuses it. Your projects are safe.
            </Text>
            <Text>Open the address the host printed when it started, or print it again in a terminal:</Text>
            <Code block>npm run web -- --print-url</Code>
          </>
        )}
        {verdict.state === 'unreachable' && (
          <>
            <Title order={2}>Dossier is not running at this address</Title>
            <Text>{verdict.message}</Text>
            <Text>Start it again in a terminal, then open the address it prints:</Text>
            <Code block>npm run web</Code>
            <Button onClick={check} w="fit-content">
              Try again
            </Button>
          </>
        )}
      </Stack>
    </Center>
  );
}
