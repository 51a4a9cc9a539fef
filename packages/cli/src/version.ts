/** The command line's version, as `partnerships --version` prints it; a test keeps it equal to package.json's. */
export const CLI_VERSION = '0.1.0';
