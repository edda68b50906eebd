/** IPv4, CIDR and port utilities shared by every engine stage. */
export * from './ipv4.ts';
export * from './cidr.ts';
export * from './port.ts';
