import { checkOutputs } from '../../src-main/core/dispatch';

// Every test that goes through dispatch also checks the answer against the contract.
checkOutputs(true);
