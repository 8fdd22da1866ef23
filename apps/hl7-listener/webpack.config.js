const { serviceWebpackConfig } = require('../../tools/webpack/service-config');

module.exports = serviceWebpackConfig('hl7-listener');
