import { authMethods } from '../../../../shared/ipc/methods/auth';

/** The backend's own input schemas, so the forms check exactly what the backend will. */
export const loginSchema = authMethods['auth.login'].input;
export const unlockSchema = authMethods['auth.unlock'].input;
export const changePasswordSchema = authMethods['auth.changePassword'].input;
