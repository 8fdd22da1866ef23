export * from './regional-planning-rules';
export * from './deadlines';
export * from './payment-liability';
export * from './liability-invoice';
