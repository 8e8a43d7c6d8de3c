"""nbdev-style setup: everything comes from settings.ini."""
from configparser import ConfigParser
import shlex
import setuptools

config = ConfigParser(delimiters=['='])
config.read('settings.ini', encoding='utf-8')
cfg = config['DEFAULT']

expected = 'lib_name version description keywords author author_email license min_python git_url requirements'.split()
missing = [o for o in expected if o not in cfg]
if missing: raise SystemExit(f"settings.ini: missing setting(s) {missing}")

requirements = shlex.split(cfg.get('requirements', ''))
# every `<name>_requirements` key of settings.ini is an extra: dev, tensorboard, explore, ...
extras = {k[:-len('_requirements')]: shlex.split(v) for k, v in cfg.items() if k.endswith('_requirements')}
console_scripts = shlex.split(cfg.get('console_scripts', ''))

setuptools.setup(
    name=cfg['lib_name'],
    version=cfg['version'],
    description=cfg['description'],
    keywords=cfg['keywords'],
    author=cfg['author'],
    author_email=cfg['author_email'],
    license='Apache-2.0',
    url=cfg['git_url'],
    packages=setuptools.find_packages(include=[cfg['lib_path'], cfg['lib_path'] + '.*']),
    include_package_data=True,
    install_requires=requirements,
    extras_require=extras,
    python_requires='>=' + cfg['min_python'],
    long_description=open('README.md', encoding='utf-8').read(),
    long_description_content_type='text/markdown',
    zip_safe=False,
    entry_points={'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"], 'console_scripts': console_scripts},
)
