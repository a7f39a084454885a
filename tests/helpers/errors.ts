/** What a user-facing refusal carries: a code for the program and one sentence for the person. */
export interface Refusal {
  code: string;
  message: string;
}

/** The error `work` throws, for checking its code and message; fails the test if nothing is thrown. */
export function errorOf(work: () => unknown): Refusal {
  try {
    work();
  } catch (error) {
    return error as Refusal;
  }
  throw new Error('expected an error');
}

/** The error `promise` rejects with, for checking its code and message; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    return error as Refusal;
  }
  throw new Error('expected the promise to reject');
}
